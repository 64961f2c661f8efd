import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { corpusTer, hter, tercomTokenize, terScore, terStats, type TerOptions } from "./index";

// Reference data from sacrebleu 2.6.0's tests and MLQE-PE; see tests/fixtures/SOURCES.md.
function fixture(name: string): string {
  return readFileSync(new URL(`../../tests/fixtures/${name}`, import.meta.url), "utf8");
}

interface SacrebleuOptions {
  case_sensitive: boolean;
  normalized: boolean;
  no_punct: boolean;
  asian_support: boolean;
}

interface TerVector {
  id: string;
  hyp: string | string[];
  ref: string | string[];
  expected: number;
  expected_sacrebleu_score: number;
  tolerance_on_sacrebleu_score: number;
  options: SacrebleuOptions;
  derived_per_segment_sacrebleu_2_6_0?: { edits: number; ref_len: number }[];
}

interface TokenizerVector {
  id: string;
  input: string;
  expected_tokenized: string;
  options: SacrebleuOptions;
}

interface PeLine {
  id: string;
  mt: string;
  pe: string;
  hter: number;
  sacrebleu_ter_edits: number;
  sacrebleu_ter_ref_len: number;
  sacrebleu_ter_case_sensitive: number;
  shift_used: boolean;
}

function toOptions(o: SacrebleuOptions): TerOptions {
  return {
    caseSensitive: o.case_sensitive,
    normalized: o.normalized,
    noPunct: o.no_punct,
    asianSupport: o.asian_support,
  };
}

const terVectors = JSON.parse(fixture("ter_vectors.json")) as TerVector[];
const tokenizerVectors = JSON.parse(fixture("ter_tokenizer_vectors.json")) as TokenizerVector[];
const peLines = fixture("pe_sample.jsonl")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as PeLine);

describe("TER vectors from sacrebleu test_ter.py", () => {
  it("has all 7 vectors", () => expect(terVectors).toHaveLength(7));

  it.each(terVectors.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    const hyps = typeof v.hyp === "string" ? [v.hyp] : v.hyp;
    const refs = typeof v.ref === "string" ? [v.ref] : v.ref;
    const result = corpusTer(
      hyps.map((hypothesis, i) => ({ hypothesis, reference: refs[i] })),
      toOptions(v.options),
    );
    expect(Math.abs(100 * result.score - v.expected_sacrebleu_score)).toBeLessThan(v.tolerance_on_sacrebleu_score);
    expect(result.score).toBeCloseTo(v.expected, 10);

    if (v.derived_per_segment_sacrebleu_2_6_0) {
      const perSegment = hyps.map((h, i) => terStats(h, refs[i], toOptions(v.options)));
      expect(perSegment).toEqual(
        v.derived_per_segment_sacrebleu_2_6_0.map((s) => ({ edits: s.edits, refLength: s.ref_len })),
      );
    }
  });

  it("aggregates a corpus as total edits / total reference words", () => {
    const v = terVectors[6];
    const hyps = typeof v.hyp === "string" ? [v.hyp] : v.hyp;
    const refs = typeof v.ref === "string" ? [v.ref] : v.ref;
    const result = corpusTer(hyps.map((hypothesis, i) => ({ hypothesis, reference: refs[i] })));
    expect(result).toEqual({ edits: 17, refLength: 125, score: 0.136 });
  });
});

describe("terScore corner cases", () => {
  it("empty hypothesis → 1.0", () => expect(terScore(terStats("", "a b c"))).toBe(1));
  it("empty reference with a non-empty hypothesis → 1.0", () => expect(terScore(terStats("a b", ""))).toBe(1));
  it("both empty → 0.0", () => expect(terScore(terStats("", " "))).toBe(0));
  it("one shift fixes the hypothesis → 1 edit", () =>
    expect(terStats("d e f g h a b c", "a b c d e f g h")).toEqual({ edits: 1, refLength: 8 }));
  it("ignores trailing whitespace and lowercases by default", () =>
    expect(terStats("The Cat \n", "the cat")).toEqual({ edits: 0, refLength: 2 }));
  it("keeps case when asked", () =>
    expect(terStats("The Cat", "the cat", { caseSensitive: true })).toEqual({ edits: 2, refLength: 2 }));
});

describe("Tercom tokenizer vectors from sacrebleu test_tokenizer_ter.py", () => {
  it("has all 11 vectors", () => expect(tokenizerVectors).toHaveLength(11));

  it.each(tokenizerVectors.map((v) => [v.id, v] as const))("%s", (_id, v) => {
    expect(tercomTokenize(v.input, toOptions(v.options))).toBe(v.expected_tokenized);
  });

  it("splits on what Python's str.split() counts as whitespace", () => {
    expect(terStats("a\u001fb\u0085c", "a b c")).toEqual({ edits: 0, refLength: 3 });
    expect(terStats("a\ufeffb", "a b")).toEqual({ edits: 2, refLength: 2 });
  });
});

describe("HTER on MLQE-PE en-de dev sample (published dev.hter)", () => {
  it("has all 134 lines", () => expect(peLines).toHaveLength(134));

  it.each(peLines.map((line) => [line.id, line] as const))("%s", (_id, line) => {
    expect(Math.abs(hter(line.mt, line.pe) - line.hter)).toBeLessThan(1e-5);
    expect(terStats(line.mt, line.pe)).toEqual({
      edits: line.sacrebleu_ter_edits,
      refLength: line.sacrebleu_ter_ref_len,
    });
    const caseSensitive = terScore(terStats(line.mt, line.pe, { caseSensitive: true }));
    expect(Math.abs(caseSensitive - line.sacrebleu_ter_case_sensitive)).toBeLessThan(1e-5);
  });

  it("corpus over the sample is 567 / 2345", () => {
    const result = corpusTer(peLines.map((l) => ({ hypothesis: l.mt, reference: l.pe })));
    expect(result.edits).toBe(567);
    expect(result.refLength).toBe(2345);
  });
});
