import { describe, expect, it } from "vitest";
import { fixtureText } from "./fixtures";
import { toSentenceDrafts } from "./sentences";
import { parseXliff } from "./xliff";

describe("XLIFF import", () => {
  it("reads XLIFF 1.2 units as presegmented blocks with their source as original", async () => {
    const doc = await parseXliff(fixtureText("article-1.2.xlf"));
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
      ["The SCO wants to be a counterweight to the influence of the United States.", "L'OCS se veut un contrepoids à l'influence des États-Unis.", " "],
      ["Its concrete action remains limited.", "Son action concrète reste limitée.", ""],
    ]);
    expect(doc.blocks.every((block) => block.presegmented && block.block === "p" && block.prefix === "")).toBe(true);
    // Unit 4 (translate="no") has no target: it is not MT to review, and is counted as skipped.
    expect(doc.skippedUnits).toBe(1);
  });

  it("reads XLIFF 2.0 segments, one block each, units as paragraphs", async () => {
    const doc = await parseXliff(fixtureText("article-2.0.xlf"));
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
        "",
      ],
    ]);
  });

  it("gives one sentence draft per pair, with its original", async () => {
    const drafts = toSentenceDrafts(await parseXliff(fixtureText("article-2.0.xlf")), "en");
    expect(drafts).toHaveLength(3);
    expect(drafts[1]).toMatchObject({ paragraph: 1, originalText: expect.stringMatching(/^Les dirigeants/), trailing: " " });
  });

  it("refuses a file with no targets, saying so; imports the units that have one and counts the others", async () => {
    const unit = (id: number, target: string) => `<trans-unit id="${id}"><source>Satz ${id}.</source>${target}</trans-unit>`;
    const file = (units: string) => `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" datatype="plaintext" source-language="de" target-language="en"><body>${units}</body></file></xliff>`;
    await expect(parseXliff(file(unit(1, "") + unit(2, "")))).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/no translations to review: none of its 2 units has a <target>/) });
    const doc = await parseXliff(file(unit(1, "<target>Sentence 1.</target>") + unit(2, "") + unit(3, "<target/>")));
    expect(doc.blocks.map((block) => block.text)).toEqual(["Sentence 1."]);
    expect(doc.skippedUnits).toBe(2);
  });

  it("ignores a DOCTYPE inside a comment", async () => {
    const xml = `<?xml version="1.0"?>\n<!-- exported without <!DOCTYPE xliff> -->\n<xliff version="1.2"><file source-language="fr" target-language="en"><body><trans-unit id="1"><source>Oui.</source><target>Yes.</target></trans-unit></body></file></xliff>`;
    expect((await parseXliff(xml)).blocks.map((block) => block.text)).toEqual(["Yes."]);
  });

  it("refuses an XLIFF 2 file that breaks a processing requirement, with the line and without repeating itself", async () => {
    const xml = `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">\n<file id="f1"><unit id="1"><segment><source>a</source>\n<target>b</target></segment></unit></file></xliff>`;
    await expect(parseXliff(xml)).rejects.toMatchObject({ message: "This XLIFF file is not valid XLIFF 2.0/2.1 (line 4): the file has targets but no trgLang on <xliff>" });
    await expect(parseXliff('<xliff version="2.0" srcLang="en"><file id="f"/></xliff>')).rejects.toMatchObject({ message: 'This XLIFF 2 file does not use the XLIFF namespace (it has "none").' });
  });

  it("normalises language tags; refuses malformed XML, non-XLIFF XML and DOCTYPEs", async () => {
    await expect(parseXliff(fixtureText("bad.xlf"))).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/^This XLIFF file is not well-formed XML \(line 3\)/) });
    await expect(parseXliff(fixtureText("xxe.xlf"))).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/DOCTYPE/) });
    await expect(parseXliff('<?xml version="1.0"?><html><body/></html>')).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/not XLIFF/) });
    expect(await parseXliff('<xliff version="1.2"><file source-language="fr_fr" target-language="??"><body><trans-unit id="1"><source>a</source><target>b</target></trans-unit></body></file></xliff>')).toMatchObject({ sourceLang: "fr-FR", targetLang: null });
    await expect(parseXliff("Just text")).rejects.toMatchObject({ code: "unprocessable" });
    await expect(parseXliff('<xliff version="3.0"/>')).rejects.toMatchObject({ code: "unprocessable", message: expect.stringMatching(/version/) });
  });
});
