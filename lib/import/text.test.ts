import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseText, parsePlainText } from "./text";
import { joinDrafts, toSentenceDrafts } from "./sentences";

const demo = readFileSync(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");

function roundTrip(raw: string, titleFromFirstLine = true): string {
  const doc = parsePlainText(raw, { titleFromFirstLine });
  return joinDrafts(doc.leading, toSentenceDrafts(doc, "en"));
}

describe("plain text import", () => {
  it("takes the first line as the title and the first sentence to review", () => {
    const doc = parsePlainText("Headline here\n\nFirst paragraph. Second sentence.", { titleFromFirstLine: true });
    expect(doc.title).toBe("Headline here");
    const drafts = toSentenceDrafts(doc, "en");
    expect(drafts.map((d) => [d.paragraph, d.block, d.text])).toEqual([
      [0, "h1", "Headline here"],
      [1, "p", "First paragraph."],
      [1, "p", "Second sentence."],
    ]);
  });

  it("keeps paragraphs separated by blank lines", () => {
    const doc = parsePlainText("One.\n\nTwo.\n \n\nThree.", { titleFromFirstLine: false });
    expect(doc.blocks.map((b) => b.text)).toEqual(["One.", "Two.", "Three."]);
  });

  it("gives back the demo article exactly", () => {
    expect(roundTrip(demo)).toBe(normaliseText(demo));
  });

  it("gives back odd whitespace exactly, with line endings normalised", () => {
    const raw = "\n\n  Title  \r\n\r\n\r\nA b.  C d.\t\nE f.\n\n\n";
    expect(roundTrip(raw)).toBe(normaliseText(raw));
    expect(roundTrip(raw, false)).toBe(normaliseText(raw));
  });
});
