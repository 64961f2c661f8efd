import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { chrfStats, corpusChrf, sentenceChrf, type ChrfOptions } from "./index";

// sacrebleu 2.6.0 test/test_chrf.py vectors; see tests/fixtures/SOURCES.md.
interface ChrfVector {
  id: string;
  hyp: string | string[];
  ref: string | string[];
  expected: number;
  tolerance: number;
  options: {
    char_order: number;
    word_order: number;
    beta: number;
    eps_smoothing: boolean;
    remove_whitespace: boolean;
    lowercase: boolean;
  };
}

const vectors = JSON.parse(
  readFileSync(new URL("../../tests/fixtures/chrf_vectors.json", import.meta.url), "utf8"),
) as ChrfVector[];

describe("chrF vectors from sacrebleu test_chrf.py", () => {
  it("has all 25 vectors", () => expect(vectors).toHaveLength(25));

  it.each(vectors.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    const options: ChrfOptions = {
      charOrder: v.options.char_order,
      wordOrder: v.options.word_order,
      beta: v.options.beta,
      epsSmoothing: v.options.eps_smoothing,
      whitespace: !v.options.remove_whitespace,
      lowercase: v.options.lowercase,
    };
    const hyps = typeof v.hyp === "string" ? [v.hyp] : v.hyp;
    const refs = typeof v.ref === "string" ? [v.ref] : v.ref;
    const score = corpusChrf(
      hyps.map((hypothesis, i) => ({ hypothesis, reference: refs[i] })),
      options,
    );
    expect(Math.abs(score - v.expected)).toBeLessThan(v.tolerance);
    if (hyps.length === 1) expect(sentenceChrf(hyps[0], refs[0], options)).toBe(score);
  });
});

describe("chrF++ word n-grams", () => {
  it("splits one punctuation mark off a word, as sacrebleu", () => {
    // words: "hi", "!" | "(", "a" → unigram matches "hi" only
    const stats = chrfStats("hi! (a", "hi", { charOrder: 0, wordOrder: 1 });
    expect(stats).toEqual([4, 1, 1]);
  });

  it("scores identical text 100", () =>
    expect(sentenceChrf("Die Katze sitzt.", "Die Katze sitzt.", { wordOrder: 2 })).toBeCloseTo(100, 10));
});
