import { describe, expect, it } from "vitest";
import { type Paragraph, type PlacedLine, type Style, pageSize, textWidth, typeset } from "./typeset";

const body: Style = { font: "Times-Roman", size: 11 };
const red: Style = { ...body, color: [0.6, 0, 0], strike: true };
const paragraph = (text: string, extra: Partial<Paragraph> = {}): Paragraph => ({ spans: [{ text, style: body }], lineHeight: 16, spaceBefore: 0, spaceAfter: 8, ...extra });
const lineText = (line: PlacedLine) => line.runs.map((run) => run.text).join("");
const allLines = (paragraphs: Paragraph[]) => typeset(paragraphs).pages.flatMap((page) => page.lines);
const left = 45.35;
const right = pageSize.width - 45.35;

describe("textWidth", () => {
  it("measures with the font's widths, scaled to the size", () => {
    // Times-Roman: "A" 722, "a" 444 per 1000 em.
    expect(textWidth("Aa", "Times-Roman", 10)).toBeCloseTo(11.66, 5);
    expect(textWidth("iiii", "Courier", 10)).toBeCloseTo(24, 5);
    expect(textWidth("€", "Helvetica", 10)).toBeCloseTo(5.56, 5);
  });
});

describe("typeset", () => {
  const words = Array.from({ length: 400 }, (_, i) => `word${i}`).join(" ");

  it("breaks a long paragraph at spaces, every line inside the margins, no word lost or cut", () => {
    const lines = allLines([paragraph(words)]);
    expect(lines.length).toBeGreaterThan(20);
    for (const line of lines) {
      const last = line.runs[line.runs.length - 1];
      expect(line.runs[0].x).toBeCloseTo(left, 5);
      expect(last.x + last.width).toBeLessThanOrEqual(right + 0.001);
      expect(lineText(line)).toMatch(/^\S.*\S$/);
    }
    expect(lines.map(lineText).join(" ")).toBe(words);
  });

  it("collapses runs of spaces (also across spans) and keeps line breaks", () => {
    const lines = allLines([{ ...paragraph(""), spans: [{ text: "  one   two ", style: body }, { text: " three\nfour", style: red }] }]);
    expect(lines.map(lineText)).toEqual(["one two three", "four"]);
    expect(lines[0].runs.map((run) => [run.text, run.style])).toEqual([
      ["one two ", body],
      ["three", red],
    ]);
  });

  it("keeps spaces and breaks only at line breaks in preformatted text, splitting a line too long for the page", () => {
    const long = "x".repeat(200);
    const lines = allLines([{ ...paragraph(`  indented  code\n${long}`), spans: [{ text: `  indented  code\n${long}`, style: { font: "Courier", size: 10 } }], preformatted: true }]);
    expect(lineText(lines[0])).toBe("  indented  code");
    expect(lines.slice(1).map(lineText).join("")).toBe(long);
    // 84 Courier characters of 6 pt fit the 504.58 pt line: 200 take three lines.
    expect(lines.slice(1).map((line) => lineText(line).length)).toEqual([84, 84, 32]);
  });

  it("splits a word wider than the line, and a deletion and insertion without a space between them stay together", () => {
    const lines = allLines([{ ...paragraph(""), spans: [{ text: `${"a".repeat(150)} Imran `, style: body }, { text: "Kahn", style: red }, { text: "Khan", style: body }] }]);
    expect(lines.map(lineText).join("")).toBe(`${"a".repeat(150)} Imran KahnKhan`);
    expect(lines.length).toBe(2);
    expect(lineText(lines[1])).toMatch(/^a+ Imran KahnKhan$/);
  });

  it("fills pages top to bottom and starts a new page when one is full", () => {
    const paragraphs = Array.from({ length: 60 }, (_, i) => paragraph(`Paragraph ${i}. ${words.slice(0, 300)}`));
    const { pages } = typeset(paragraphs);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(page.lines.length).toBeGreaterThan(0);
      for (const line of page.lines) {
        expect(line.top).toBeLessThanOrEqual(pageSize.height - 51 + 0.001);
        expect(line.bottom).toBeGreaterThanOrEqual(51 - 0.001);
      }
      // Lines run downwards.
      page.lines.slice(1).forEach((line, i) => expect(line.top).toBeLessThanOrEqual(page.lines[i].bottom + 0.001));
    }
    expect(pages.flatMap((page) => page.lines).map(lineText).join(" ")).toContain("Paragraph 59.");
  });

  it("moves a heading to the next page with its paragraph instead of leaving it alone at the foot", () => {
    const filler = Array.from({ length: 45 }, (_, i) => paragraph(`Line ${i}`, { spaceAfter: 0 }));
    const heading: Paragraph = { ...paragraph("A heading"), keepWithNext: true };
    const { pages } = typeset([...filler, heading, paragraph("Its text.")]);
    const headingPage = pages.findIndex((page) => page.lines.some((line) => lineText(line) === "A heading"));
    const textPage = pages.findIndex((page) => page.lines.some((line) => lineText(line) === "Its text."));
    expect(headingPage).toBe(1);
    expect(textPage).toBe(1);
    expect(lineText(pages[1].lines[0])).toBe("A heading");
  });

  it("records where anchored paragraphs start, and draws a marker left of the first line", () => {
    const filler = Array.from({ length: 50 }, (_, i) => paragraph(`Line ${i}`));
    const { pages, anchors } = typeset([...filler, { ...paragraph("The note."), anchor: "note-1", indent: 20, marker: { text: "1.", style: body } }]);
    const anchor = anchors.get("note-1");
    expect(anchor?.page).toBe(pages.length - 1);
    const line = pages[pages.length - 1].lines.find((l) => lineText(l).includes("The note."));
    expect(line?.top).toBe(anchor?.top);
    expect(line?.runs[0].text).toBe("1.");
    expect(line!.runs[0].x + line!.runs[0].width).toBeLessThan(line!.runs[1].x);
  });
});
