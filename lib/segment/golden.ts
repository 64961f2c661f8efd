// Scoring against the English Golden Rules (tests/fixtures/golden_rules_en.json), shared by the test and the bench.
import { splitSentences } from "./index";

export interface GoldenCase {
  rule: number;
  name: string;
  text: string;
  sentences: string[];
  pysbd_rule: number | null;
}

export interface GoldenResult {
  rule: number;
  pysbdRule: number | null;
  pass: boolean;
  got: string[];
}

/** Rule groups (Pragmatic Segmenter numbering) used in reports. */
export const GOLDEN_GROUPS: readonly { name: string; from: number; to: number }[] = [
  { name: "abbreviations (4–17)", from: 4, to: 17 },
  { name: "numbers/URLs/e-mail (19–23)", from: 19, to: 23 },
  { name: "quotes (24–26)", from: 24, to: 26 },
  { name: "lists (31–39)", from: 31, to: 39 },
  { name: "ellipses (46–51)", from: 46, to: 51 },
];

/** The group name of a rule number, "other" when it is in none. */
export function goldenGroup(rule: number): string {
  return GOLDEN_GROUPS.find((group) => rule >= group.from && rule <= group.to)?.name ?? "other";
}

/** Runs the segmenter on every case and compares trimmed sentences, as pySBD does. */
export function scoreGolden(cases: readonly GoldenCase[], segment: (text: string) => string[] = splitSentences): GoldenResult[] {
  return cases.map((c) => {
    const got = segment(c.text).map((s) => s.trim());
    const expected = c.sentences.map((s) => s.trim());
    const pass = got.length === expected.length && got.every((s, i) => s === expected[i]);
    return { rule: c.rule, pysbdRule: c.pysbd_rule, pass, got };
  });
}
