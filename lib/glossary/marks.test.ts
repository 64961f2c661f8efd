import { describe, expect, it } from "vitest";
import { articleGlossaryMarks, glossaryMarksOf, glossaryMarksWith } from "./marks";
import { GlossaryMatcher } from "./matcher";
import type { GlossaryTerm } from "./term";

const glossary: GlossaryTerm[] = [
  { term: "prime minister", forbidden: ["premier", "minister"], originalTerm: "Premierminister", note: null },
  { term: "Kyiv", forbidden: ["Kiev"], originalTerm: null, note: null },
  { term: "talks", forbidden: [], originalTerm: null, note: null },
];

describe("glossary marks", () => {
  it("marks preferred terms and forbidden variants in text order, case-insensitively and whole-word", () => {
    const text = "The Premier met the prime minister in KIEV for talks; Kievan art was not discussed.";
    expect(glossaryMarksOf(text, glossary)).toEqual([
      { start: 4, end: 11, value: "Premier", term: "prime minister", forbidden: true },
      { start: 20, end: 34, value: "prime minister", term: "prime minister", forbidden: false },
      { start: 38, end: 42, value: "KIEV", term: "Kyiv", forbidden: true },
      { start: 47, end: 52, value: "talks", term: "talks", forbidden: false },
    ]);
  });

  it("finds with the matcher exactly what the per-phrase scan finds", () => {
    const matcher = new GlossaryMatcher(glossary);
    const texts = [
      "The Premier met the prime minister in KIEV for talks; Kievan art was not discussed.",
      "A minister, a prime minister and the minister: premier talks, talks, talks.",
      "Nothing here.",
      "",
    ];
    for (const text of texts) expect(glossaryMarksWith(matcher, text).marks).toEqual(glossaryMarksOf(text, glossary));
  });

  it("sends each distinct text with marks once, and only the entries that occur", () => {
    const matcher = new GlossaryMatcher(glossary);
    const result = articleGlossaryMarks(matcher, ["Talks in Kiev.", "Nothing here.", "Talks in Kiev."]);
    expect(result.sentences).toEqual([{ text: "Talks in Kiev.", marks: glossaryMarksOf("Talks in Kiev.", glossary) }]);
    expect(result.entries).toEqual([
      { term: "Kyiv", forbidden: ["Kiev"] },
      { term: "talks", forbidden: [] },
    ]);
    // A sentence later made from these (a split) is marked by the entries alone.
    expect(glossaryMarksOf("Talks", result.entries)).toEqual(glossaryMarksOf("Talks", glossary));
  });

  it("stays cheap with 100,000 entries: the cost follows the article, not the glossary", () => {
    const large: GlossaryTerm[] = Array.from({ length: 100_000 }, (_, i) => ({ term: `term${i}`, forbidden: [`bad${i}`], originalTerm: null, note: null }));
    const matcher = new GlossaryMatcher(large);
    const texts = Array.from({ length: 2000 }, (_, i) => `Sentence ${i} says bad${i * 37} and term${i * 11} again.`);
    const started = performance.now();
    const result = articleGlossaryMarks(matcher, texts);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(result.sentences).toHaveLength(2000);
    expect(result.sentences[1].marks.map((mark) => [mark.value, mark.forbidden])).toEqual([["bad37", true], ["term11", false]]);
    expect(result.entries.length).toBeLessThanOrEqual(4000);
  });
});
