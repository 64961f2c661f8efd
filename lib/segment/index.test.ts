import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segmentBlock, splitSentences } from "./index";

const demo = readFileSync(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");
const golden = JSON.parse(readFileSync(path.join(import.meta.dirname, "../../tests/fixtures/golden_rules_en.json"), "utf8")) as {
  text: string;
}[];

/** Checks the invariant and the shape of every sentence; returns the sentence texts. */
function checked(input: string, lang = "en"): string[] {
  const { leading, sentences } = segmentBlock(input, lang);
  expect(leading + sentences.map((s) => s.text + s.trailing).join("")).toBe(input);
  expect(leading).toMatch(/^\s*$/);
  for (const s of sentences) {
    expect(s.text).not.toBe("");
    expect(s.text).toBe(s.text.trim());
    expect(s.trailing).toMatch(/^\s*$/);
  }
  return sentences.map((s) => s.text);
}

// A small seeded generator, so that failures can be reproduced.
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = [
  "a", "B", "word", "The", "mr", "Mr.", "U.S.", "e.g.", "z.B.", "Sra.", "M.", "1", "09.17.2021", "3.14", "1.)", "a)",
  ".", ". ", "...", ". . .", "…", "!", "?", "?!", ",", ";", ":", "“", "”", '"', "'", "’", "«", "»", "(", ")", "[", "]",
  "•", "⁃", "-", "@", "://", " ", "  ", "\t", "\n", "\n\n", "\u00a0", "\u2028", "\u3000", "\ufeff", "\r\n",
  "ß", "é", "日本", "。", "😀", "\ud800",
];

describe("segmentBlock invariant: leading + Σ(text + trailing) === input", () => {
  it("holds for the demo article, whole and paragraph by paragraph", () => {
    checked(demo);
    for (const paragraph of demo.split(/\n\s*\n/)) checked(paragraph);
  });

  it("holds for every golden-rule text", () => {
    for (const { text } of golden) checked(text);
  });

  it("holds for empty, blank and odd whitespace", () => {
    for (const input of ["", " ", "\n", " \t\n\u00a0", "A.", "  A. B.  ", "\n\nOne.\n\nTwo.\n", "x\u2028y. Z\u3000 ", "\ufeffHi. There."]) {
      checked(input);
    }
    expect(segmentBlock("   ")).toEqual({ leading: "   ", sentences: [] });
  });

  it("holds for thousands of random inputs in several languages", () => {
    const next = random(42);
    for (let n = 0; n < 3000; n++) {
      const length = Math.floor(next() * 40);
      let input = "";
      for (let i = 0; i < length; i++) input += PIECES[Math.floor(next() * PIECES.length)];
      checked(input, ["en", "de", "fr", "es", "ja", "pt-BR"][n % 6]);
    }
  });

  it("gives the same sentences for long blocks, which go to Intl.Segmenter in pieces", () => {
    const paragraph = demo.split(/\n\s*\n/).find((p) => p.includes("speech. by")) ?? "";
    const one = checked(paragraph);
    const long = Array.from({ length: 120 }, () => paragraph).join(" ");
    expect(long.length).toBeGreaterThan(60_000);
    expect(checked(long)).toEqual(Array.from({ length: 120 }, () => one).flat());
    checked(Array.from({ length: 30_000 }, (_, i) => (i % 7 === 0 ? "word\n" : "word ")).join(""));
    checked("日本語の文。".repeat(8_000) + "😀".repeat(20_000));
  });

  it("falls back to English for an unknown or malformed language tag", () => {
    expect(checked("Mr. Smith left. He came back.", "not a tag!")).toEqual(["Mr. Smith left.", "He came back."]);
    expect(checked("Mr. Smith left. He came back.", "xx")).toEqual(["Mr. Smith left.", "He came back."]);
  });
});

describe("splitSentences", () => {
  it("returns trimmed sentence texts", () => {
    expect(splitSentences("  Hello World. My name is Jonas.  ")).toEqual(["Hello World.", "My name is Jonas."]);
  });
});
