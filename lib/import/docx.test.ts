import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parseDocx } from "./docx";
import { fixture } from "./fixtures";
import { toSentenceDrafts } from "./sentences";

describe(".docx import", () => {
  it("keeps headings, paragraphs and list items of a LibreOffice-made .docx", async () => {
    const doc = await parseDocx(fixture("article.docx"));
    expect(doc.title).toBe("Russia and China advocate a pragmatic rapprochement with the Taliban");
    expect(doc.blocks.map((block) => [block.block, block.text])).toEqual([
      ["h1", "Russia and China advocate a pragmatic rapprochement with the Taliban"],
      [
        "p",
        "The leaders of the SCO, led by Moscow and Beijing, want to stand out as partners of Afghanistan taken by the Taliban. “The new Afghan authorities must be encouraged to keep their promises,” Putin said.",
      ],
      ["h2", "The summit in Dushanbe"],
      [
        "p",
        "The leaders of the Shanghai Cooperation Organization on Friday (09.17.2021) advocated for a dialogue with the Taliban to promote an inclusive government in Afghanistan.",
      ],
      ["li", "establish peace,"],
      ["li", "normalize public life and guarantee the safety of all."],
      ["p", "And he was not the only one to express himself in this line."],
    ]);
    expect(doc.blocks.map((block) => block.separator)).toEqual([...Array(6).fill("\n\n"), ""]);
  });

  it("keeps footnote markers after their word and puts the notes last, their markers as prefixes", async () => {
    const doc = await parseDocx(fixture("mammoth-footnotes.docx"));
    expect(doc.blocks.map(({ block, prefix, text, separator }) => ({ block, prefix, text, separator }))).toEqual([
      { block: "p", prefix: "", text: "Ouch[1].[2]", separator: "\n\n" },
      { block: "footnote", prefix: "[1] ", text: "A tachyon walks into a bar.", separator: "\n\n" },
      { block: "footnote", prefix: "[2] ", text: "Fin.", separator: "" },
    ]);
    expect(toSentenceDrafts(doc, "en").map((draft) => draft.text)).toEqual(["Ouch[1].[2]", "A tachyon walks into a bar.", "Fin."]);
  });

  it("reads endnotes as footnotes do, numbered by reference order", async () => {
    const doc = await parseDocx(fixture("mammoth-endnotes.docx"));
    expect(doc.blocks.map(({ block, prefix, text }) => [block, prefix, text])).toEqual([
      ["p", "", "Ouch[1].[2]"],
      ["footnote", "[1] ", "A tachyon walks into a bar."],
      ["footnote", "[2] ", "Fin."],
    ]);
  });

  it("reads a LibreOffice-made file with footnotes and an endnote: markers after their word, notes last", async () => {
    const doc = await parseDocx(fixture("notes.docx"));
    expect(doc.blocks.map(({ block, prefix, text }) => [block, prefix, text])).toEqual([
      ["h1", "", "Russia and China advocate a pragmatic rapprochement with the Taliban"],
      [
        "p",
        "",
        "The leaders of the SCO[1], led by Moscow and Beijing, want to stand out as partners of Afghanistan.[2] “The new Afghan authorities must be encouraged to keep their promises,” Putin said.[3]",
      ],
      ["p", "", "And he was not the only one to express himself in this line."],
      ["footnote", "[1] ", "The Shanghai Cooperation Organization. It was founded in 2001 in Shanghai."],
      ["footnote", "[2] ", "Taken by the Taliban in August 2021."],
      ["footnote", "[3] ", "Speaking by videoconference from Moscow."],
    ]);
    expect(toSentenceDrafts(doc, "en").filter((draft) => draft.paragraph === 1).map((draft) => draft.text)).toEqual([
      "The leaders of the SCO[1], led by Moscow and Beijing, want to stand out as partners of Afghanistan.[2]",
      "“The new Afghan authorities must be encouraged to keep their promises,” Putin said.[3]",
    ]);
  });

  it("refuses a file that is not a zip", async () => {
    await expect(parseDocx(fixture("not-a-zip.docx"))).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/^This \.docx file could not be read: /),
    });
  });

  it("refuses a broken zip with mammoth's reason", async () => {
    const truncated = fixture("article.docx").slice(0, 2000);
    const error = await parseDocx(truncated).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "unprocessable", message: expect.stringMatching(/^This \.docx file could not be read: ./) });
  });

  it("tells a password-protected document from an old .doc", async () => {
    await expect(parseDocx(fixture("password-protected.docx"))).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/^This document is password-protected/),
    });
    await expect(parseDocx(fixture("legacy-word-97.docx"))).rejects.toMatchObject({
      code: "unprocessable",
      message: expect.stringMatching(/^This \.docx file could not be read: it is an old Word \(\.doc\) file/),
    });
  });
});
