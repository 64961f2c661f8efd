import { describe, expect, it } from "vitest";
import { fixtureText } from "./fixtures";
import { toSentenceDrafts } from "./sentences";
import { parseXliff } from "./xliff";

describe("XLIFF import", () => {
  it("reads XLIFF 1.2 units as presegmented blocks with their source as original", () => {
    const doc = parseXliff(fixtureText("article-1.2.xlf"));
    expect([doc.sourceLang, doc.targetLang, doc.title]).toEqual(["fr", "en", null]);
    expect(doc.blocks.map((block) => [block.text, block.original, block.separator])).toEqual([
      ["Russia and China advocate a pragmatic rapprochement with the Taliban", "La Russie et la Chine prônent un rapprochement pragmatique avec les talibans", "\n\n"],
      [
        "The leaders of the SCO, led by Moscow and Beijing, want to stand out as partners of Afghanistan taken by the Taliban.",
        "Les dirigeants de l'OCS, emmenés par Moscou et Pékin, veulent se poser en partenaires de l'Afghanistan pris par les talibans.",
        "\n\n",
      ],
      [
        "“The new Afghan authorities must be encouraged to keep their promises,” Putin said.",
        "« Il faut encourager les nouvelles autorités afghanes à tenir leurs promesses », a déclaré Poutine.",
        "\n\n",
      ],
      ["(17.09.2021)", "(17.09.2021)", "\n\n"],
      ["The SCO wants to be a counterweight to the influence of the United States.", "L'OCS se veut un contrepoids à l'influence des États-Unis.", " "],
      ["Its concrete action remains limited.", "Son action concrète reste limitée.", ""],
    ]);
    expect(doc.blocks.every((block) => block.presegmented && block.block === "p" && block.prefix === "")).toBe(true);
  });

  it("reads XLIFF 2.0 segments, one block each, units as paragraphs", () => {
    const doc = parseXliff(fixtureText("article-2.0.xlf"));
    expect([doc.sourceLang, doc.targetLang]).toEqual(["fr", "en"]);
    expect(doc.blocks.map((block) => [block.text, block.original, block.separator])).toEqual([
      ["Russia and China advocate a pragmatic rapprochement with the Taliban", "La Russie et la Chine prônent un rapprochement pragmatique avec les talibans", "\n\n"],
      [
        "The leaders of the SCO, led by Moscow and Beijing, want to stand out as partners of Afghanistan taken by the Taliban.",
        "Les dirigeants de l'OCS, emmenés par Moscou et Pékin, veulent se poser en partenaires de l'Afghanistan pris par les talibans.",
        " ",
      ],
      [
        "“The new Afghan authorities must be encouraged to keep their promises,” Putin said…",
        "« Il faut encourager les nouvelles autorités afghanes à tenir leurs promesses », a déclaré Poutine.",
        "\n\n",
      ],
      ["(17.09.2021)", "(17.09.2021)", ""],
    ]);
  });

  it("gives one sentence draft per pair, with its original", () => {
    const drafts = toSentenceDrafts(parseXliff(fixtureText("article-2.0.xlf")), "en");
    expect(drafts).toHaveLength(4);
    expect(drafts[1]).toMatchObject({ paragraph: 1, originalText: expect.stringMatching(/^Les dirigeants/), trailing: " " });
  });

  it("normalises language tags; refuses malformed XML, non-XLIFF XML and DOCTYPEs", () => {
    expect(() => parseXliff(fixtureText("bad.xlf"))).toThrow(expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/^This XLIFF file is not well-formed XML/) }));
    expect(() => parseXliff(fixtureText("xxe.xlf"))).toThrow(expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/DOCTYPE/) }));
    expect(() => parseXliff("<?xml version=\"1.0\"?><html><body/></html>")).toThrow(expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/not XLIFF/) }));
    expect(parseXliff('<xliff version="1.2"><file source-language="fr_fr" target-language="??"><body/></file></xliff>')).toMatchObject({ sourceLang: "fr-FR", targetLang: null });
    expect(() => parseXliff("Just text")).toThrow(expect.objectContaining({ code: "unprocessable" }));
    expect(() => parseXliff("<xliff version=\"3.0\"/>")).toThrow(expect.objectContaining({ code: "unprocessable", message: expect.stringMatching(/version/) }));
  });
});
