/**
 * Glossary checks at scale.
 *
 *   npx tsx bench/glossary.ts        (also run by `npm run bench`)
 *
 * (a) runChecks over a 12-sentence article with a 100,000-term glossary (each term with two forbidden
 *     variants and an original term), using the matcher the server caches per glossary version,
 *     against the same call with an empty glossary (the baseline), measured alternately.
 * (b) one-off costs per glossary version: reading a 10,000- and a 100,000-term CSV, building the matcher.
 * (c) the per-term regex scan the matcher replaced, on 1,000 terms, for comparison.
 * (d) the CSV import into the database: 10,000 and 100,000 terms (bench/support/glossary-import.ts).
 * Target (issue 9): checks ≤ 200 ms with 100,000 terms; import of 10,000 terms ≤ 5 s.
 */
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { glossaryCsvRows, glossaryToCsv, type GlossaryTerm } from "../lib/glossary";
import { GlossaryMatcher } from "../lib/glossary/matcher";
import { runChecks, type QaSentence } from "../lib/qa";
import { findPhrase } from "../lib/qa/issues";

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(9);
const syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "ze", "pa", "qu", "do"];
const word = () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => syllables[Math.floor(random() * syllables.length)]).join("");

function glossaryOf(size: number): GlossaryTerm[] {
  const seen = new Set<string>();
  const terms: GlossaryTerm[] = [];
  while (terms.length < size) {
    const term = random() < 0.3 ? `${word()} ${word()}` : `${word()}${terms.length}`;
    if (seen.has(term)) continue;
    seen.add(term);
    terms.push({ term, forbidden: [`${term}x`, `${word()}-${terms.length}`], originalTerm: `${word()}o${terms.length}`, note: null });
  }
  return terms;
}

const glossary = glossaryOf(100_000);
// 12 news-length sentences that use some glossary phrases (forbidden variants and original terms).
const article: QaSentence[] = Array.from({ length: 12 }, (_, i) => {
  const entry = glossary[i * 7919];
  const text = `The ${word()} said on Monday that ${entry.forbidden[0]} and ${word()} ${word()} would meet ${word()} in 2026, after ${word()}.`;
  return { id: i + 1, sourceText: text, text, originalText: `Le ${word()} a dit que ${entry.originalTerm} ${word()}.` };
});

function time(op: () => void): number {
  const start = performance.now();
  op();
  return performance.now() - start;
}

function stats(samples: number[]): { min: number; median: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor(sorted.length / 2)] };
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0)} ms`;

console.log(`glossary bench — ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);

// (b) one-off costs.
const csv10k = glossaryToCsv(glossary.slice(0, 10_000));
const csv100k = glossaryToCsv(glossary);
const parse10k = stats(Array.from({ length: 5 }, () => time(() => [...glossaryCsvRows(csv10k)])));
const parse100k = stats(Array.from({ length: 3 }, () => time(() => [...glossaryCsvRows(csv100k)])));
let matcher = new GlossaryMatcher([]);
const build = stats(Array.from({ length: 3 }, () => time(() => (matcher = new GlossaryMatcher(glossary)))));
console.log(`read CSV, 10,000 terms (${(csv10k.length / 1e6).toFixed(1)} MB):   min ${fmt(parse10k.min)}, median ${fmt(parse10k.median)}`);
console.log(`read CSV, 100,000 terms (${(csv100k.length / 1e6).toFixed(1)} MB): min ${fmt(parse100k.min)}, median ${fmt(parse100k.median)}`);
console.log(`build matcher, 100,000 terms (once per version): min ${fmt(build.min)}, median ${fmt(build.median)}`);

// (a) checks, alternating baseline (empty glossary) and subject (100,000 terms).
const empty = new GlossaryMatcher([]);
const baseline: number[] = [];
const subject: number[] = [];
let issues = 0;
for (let round = 0; round < 40; round++) {
  baseline.push(time(() => runChecks(article, { glossaryMatcher: empty })));
  subject.push(time(() => (issues = runChecks(article, { glossaryMatcher: matcher }).filter((i) => i.check === "glossary").length)));
}
const base = stats(baseline);
const big = stats(subject);
console.log(`checks, 12 sentences, empty glossary (baseline): min ${fmt(base.min)}, median ${fmt(base.median)}`);
console.log(
  `checks, 12 sentences, 100,000 terms: min ${fmt(big.min)}, median ${fmt(big.median)} — ratio ${(big.median / base.median).toFixed(2)}× baseline, ${issues} glossary issues (target ≤ 200 ms)`,
);

// (c) what the matcher replaced: one regex per phrase per sentence.
const sample = glossary.slice(0, 1000);
const perTerm = stats(
  Array.from({ length: 3 }, () =>
    time(() => {
      for (const sentence of article) for (const entry of sample) for (const phrase of [entry.term, ...entry.forbidden]) findPhrase(sentence.text, phrase);
    }),
  ),
);
console.log(`old per-term regex scan, 1,000 terms: min ${fmt(perTerm.min)}, median ${fmt(perTerm.median)} (×100 for 100,000 terms)`);

// (d) the import, in a child process: server modules need the react-server condition.
const child = spawnSync(process.execPath, ["--import", "tsx", "--conditions=react-server", "bench/support/glossary-import.ts"], { stdio: "inherit" });
if (child.status !== 0) process.exitCode = child.status ?? 1;
