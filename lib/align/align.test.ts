import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toSentenceDrafts } from "@/lib/import/sentences";
import { parsePlainText } from "@/lib/import/text";
import { alignSentences, alignToSentences, lengthCost, originalParagraphs } from "./index";

const root = path.join(import.meta.dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

/** A sentence of about n characters. */
const sentence = (n: number, word = "word") => `${`${word} `.repeat(Math.max(1, Math.round(n / (word.length + 1)))).trim()}.`;

describe("Gale–Church sentence alignment", () => {
  it("pairs sentences of matching lengths one to one", () => {
    const targets = [sentence(40), sentence(120), sentence(70)];
    const originals = [sentence(44, "mot"), sentence(130, "mot"), sentence(66, "mot")];
    expect(alignSentences(targets, originals)).toEqual([
      { target: [0], original: [0] },
      { target: [1], original: [1] },
      { target: [2], original: [2] },
    ]);
  });

  it("finds a 1-2 bead where the translation merged two sentences, and a 2-1 where it split one", () => {
    const merged = alignSentences([sentence(60), sentence(200), sentence(90)], [sentence(60), sentence(95), sentence(105), sentence(90)]);
    expect(merged).toEqual([
      { target: [0], original: [0] },
      { target: [1], original: [1, 2] },
      { target: [2], original: [3] },
    ]);
    const split = alignSentences([sentence(80), sentence(110), sentence(100), sentence(50)], [sentence(80), sentence(210), sentence(50)]);
    expect(split).toEqual([
      { target: [0], original: [0] },
      { target: [1, 2], original: [1] },
      { target: [3], original: [2] },
    ]);
  });

  it("leaves out sentences before the start or after the end of the other text", () => {
    const dateline = alignSentences([sentence(100), sentence(150), sentence(80)], [sentence(80, "chapeau"), sentence(100), sentence(150), sentence(80)]);
    expect(dateline).toEqual([
      { target: [], original: [0] },
      { target: [0], original: [1] },
      { target: [1], original: [2] },
      { target: [2], original: [3] },
    ]);
    const added = alignSentences([sentence(90), sentence(140), sentence(60), sentence(110)], [sentence(90), sentence(140)]);
    expect(added).toEqual([
      { target: [0], original: [0] },
      { target: [1], original: [1] },
      { target: [2], original: [] },
      { target: [3], original: [] },
    ]);
  });

  it("absorbs a sentence omitted inside the text into a neighbour's bead, keeping the others aligned", () => {
    const omitted = alignSentences([sentence(100), sentence(150), sentence(80), sentence(60)], [sentence(100), sentence(150), sentence(40), sentence(80), sentence(60)]);
    expect(omitted[0]).toEqual({ target: [0], original: [0] });
    expect(omitted.at(-1)).toEqual({ target: [3], original: [4] });
    expect(omitted.find((bead) => bead.original.includes(2))?.original.length).toBe(2);
  });

  it("covers every index once, and handles empty sides", () => {
    const beads = alignSentences([sentence(30), sentence(300), sentence(5)], [sentence(200), sentence(20)]);
    expect(beads.flatMap((bead) => bead.target)).toEqual([0, 1, 2]);
    expect(beads.flatMap((bead) => bead.original)).toEqual([0, 1]);
    expect(alignSentences([], [])).toEqual([]);
    expect(alignSentences(["A."], [])).toEqual([{ target: [0], original: [] }]);
    expect(alignSentences([], ["B."])).toEqual([{ target: [], original: [0] }]);
  });

  it("costs a bead by its length mismatch", () => {
    expect(lengthCost(100, 100, 1, 6.8)).toBeCloseTo(0, 5);
    expect(lengthCost(100, 120, 1, 6.8)).toBeGreaterThan(lengthCost(100, 105, 1, 6.8));
    expect(lengthCost(0, 0, 1, 6.8)).toBe(0);
  });
});

describe("alignToSentences", () => {
  const mt = read("prisma/demo/sco-taliban-mt.txt");
  const drafts = toSentenceDrafts(parsePlainText(mt, { titleFromFirstLine: true }), "en");
  const french = read("tests/fixtures/import/sco-taliban-original-fr.txt");

  it("aligns the demo article with a French original of its first paragraphs", () => {
    const aligned = alignToSentences(drafts, french, "fr");
    expect(aligned).toHaveLength(drafts.length);
    const expectations: [RegExp, RegExp][] = [
      [/^Russia and China advocate/, /^La Russie et la Chine prônent/],
      [/^Russia and China Taliban Afghanistan$/, /^Russie Chine Talibans Afghanistan$/],
      [/^The leaders of the SCO, led by/, /^Les dirigeants de l’OCS, emmenés/],
      [/^“The new Afghan authorities must be encouraged to keep/, /^« Il faut encourager les nouvelles autorités/],
      [/^The leaders of the Shanghai Cooperation/, /^Les dirigeants de l’Organisation de coopération/],
      [/^The SCO, which brings together/, /^L’OCS, qui réunit/],
      [/^“It is important to mobilize/, /^« Il est important de mobiliser/],
      [/^by videoconference/, /^« Il est important de mobiliser/],
      [/^“The Taliban control almost all/, /^« Les talibans contrôlent/],
      [/^Moscow has been conciliatory/, /^Moscou se montre conciliant/],
      [/^heroin and opium/, /^Moscou se montre conciliant/],
      [/^The SCO must assert itself/, /^L’OCS doit s’affirmer/],
    ];
    drafts.forEach((draft, index) => {
      const expected = expectations.find(([target]) => target.test(draft.text));
      if (expected) expect(aligned[index], draft.text).toMatch(expected[1]);
      else if (draft.paragraph >= 6) expect(aligned[index], draft.text).toBeNull();
    });
    // The paragraphs the French text does not cover get nothing.
    expect(drafts.filter((draft, index) => draft.paragraph >= 6 && aligned[index] !== null)).toEqual([]);
  });

  it("joins the originals of a 1-2 bead and leaves sentences past the original without one", () => {
    const sentences = [
      { paragraph: 0, text: sentence(60) },
      { paragraph: 0, text: sentence(200) },
      { paragraph: 1, text: sentence(90) },
      { paragraph: 1, text: sentence(70) },
      { paragraph: 2, text: sentence(120) },
    ];
    const original = `${sentence(60, "Un")} ${sentence(95, "Deux")} ${sentence(105, "Trois")}\n\n${sentence(90, "Quatre")} ${sentence(70, "Cinq")}`;
    const aligned = alignToSentences(sentences, original, "fr");
    expect(aligned[0]).toMatch(/^Un /);
    expect(aligned[1]).toMatch(/^Deux .*\. Trois /);
    expect(aligned[2]).toMatch(/^Quatre /);
    expect(aligned[3]).toMatch(/^Cinq /);
    expect(aligned[4]).toBeNull();
  });

  it("aligns across paragraphs when the original has a single one, or lines instead of blank lines", () => {
    const sentences = [
      { paragraph: 0, text: sentence(50) },
      { paragraph: 1, text: sentence(150) },
      { paragraph: 2, text: sentence(80) },
    ];
    const flat = alignToSentences(sentences, `${sentence(52, "Un")} ${sentence(140, "Deux")} ${sentence(85, "Trois")}`, "fr");
    expect(flat.map((text) => text?.split(" ")[0])).toEqual(["Un", "Deux", "Trois"]);
    expect(originalParagraphs("Un.\nDeux.\r\nTrois.")).toEqual(["Un.", "Deux.", "Trois."]);
    expect(originalParagraphs("Un.\nsuite.\n\n  \nDeux.")).toEqual(["Un.\nsuite.", "Deux."]);
  });

  it("gives nothing for an empty original, and joins Chinese without spaces", () => {
    expect(alignToSentences([{ paragraph: 0, text: "A." }], "  \n", "fr")).toEqual([null]);
    expect(alignToSentences([{ paragraph: 0, text: "A b c." }], "D e f.", "")).toEqual(["D e f."]);
    expect(alignToSentences([{ paragraph: 0, text: "A b c." }], "D e f.", "not a tag!")).toEqual(["D e f."]);
    const aligned = alignToSentences(
      [{ paragraph: 0, text: "The leaders met. They called for dialogue with the Taliban and for unfreezing Afghan assets." }],
      "领导人举行了会晤。他们呼吁与塔利班对话。",
      "zh",
      { c: 3 },
    );
    expect(aligned).toEqual(["领导人举行了会晤。他们呼吁与塔利班对话。"]);
  });
});

describe("long texts", () => {
  it("aligns texts too long for one table in pieces, still one to one", () => {
    const lengths = Array.from({ length: 2100 }, (_, index) => 40 + ((index * 37) % 160));
    const targets = lengths.map((length) => sentence(length));
    const originals = lengths.map((length) => sentence(length + (length % 7) - 3, "mot"));
    const beads = alignSentences(targets, originals);
    expect(beads.flatMap((bead) => bead.target)).toEqual(lengths.map((_, index) => index));
    expect(beads.flatMap((bead) => bead.original)).toEqual(lengths.map((_, index) => index));
    expect(beads.filter((bead) => bead.target.length === 1 && bead.original.length === 1 && bead.target[0] === bead.original[0]).length).toBeGreaterThan(2050);
  });
});
