// Sentence segmenter benchmark: Golden Rules score and speed against Intl.Segmenter alone.
// Run with `npm run bench:segment`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { splitSentences } from "@/lib/segment";
import { GOLDEN_GROUPS, type GoldenCase, goldenGroup, scoreGolden } from "@/lib/segment/golden";

const root = path.join(import.meta.dirname, "..");
const cases = JSON.parse(readFileSync(path.join(root, "tests/fixtures/golden_rules_en.json"), "utf8")) as GoldenCase[];
const demo = readFileSync(path.join(root, "prisma/demo/sco-taliban-mt.txt"), "utf8");

function intlOnly(text: string): string[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  return Array.from(segmenter.segment(text), (s) => s.segment.trim()).filter((s) => s !== "");
}

function report(label: string, segment: (text: string) => string[]): void {
  const results = scoreGolden(cases, segment);
  const pysbd = results.filter((r) => r.pysbdRule !== null);
  const count = (list: typeof results) => list.filter((r) => r.pass).length;
  console.log(`\n${label}`);
  console.log(`  pySBD cases:               ${count(pysbd)}/${pysbd.length}`);
  console.log(`  Pragmatic Segmenter cases: ${count(results)}/${results.length}`);
  for (const name of [...GOLDEN_GROUPS.map((g) => g.name), "other"]) {
    const group = results.filter((r) => goldenGroup(r.rule) === name);
    console.log(`    ${name.padEnd(28)} ${count(group)}/${group.length}`);
  }
  const failing = results.filter((r) => !r.pass).map((r) => `#${r.rule}${r.pysbdRule === null ? " (PS only)" : ""}`);
  console.log(`  failing: ${failing.join(", ") || "none"}`);
}

report("Intl.Segmenter alone", intlOnly);
report("lib/segment", (text) => splitSentences(text, "en"));

// Speed: an article of about 10,000 sentences from varied real text, segmented paragraph by paragraph.
const paragraphs = [...demo.split(/\n\s*\n/), ...cases.map((c) => c.text)].filter((p) => p.trim() !== "");
const perRound = paragraphs.reduce((n, p) => n + splitSentences(p).length, 0);
const rounds = Math.ceil(10_000 / perRound);
const article: string[] = [];
for (let i = 0; i < rounds; i++) article.push(...paragraphs);

const intl = new Intl.Segmenter("en", { granularity: "sentence" });
function runIntl(): number {
  let n = 0;
  for (const p of article) for (const _ of intl.segment(p)) n++;
  return n;
}
function runOurs(): number {
  let n = 0;
  for (const p of article) n += splitSentences(p, "en").length;
  return n;
}

function median(run: () => number, times: number): { ms: number; sentences: number } {
  const samples: number[] = [];
  let sentences = 0;
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    sentences = run();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { ms: samples[Math.floor(times / 2)], sentences };
}

runIntl();
runOurs(); // warm up both
const base = median(runIntl, 15);
const ours = median(runOurs, 15);
const chars = article.reduce((n, p) => n + p.length, 0);
console.log(`\nSpeed on ${article.length} paragraphs, ${chars.toLocaleString("en")} characters (median of 15 runs):`);
console.log(`  Intl.Segmenter alone: ${base.ms.toFixed(1)} ms (${base.sentences} segments)`);
console.log(`  lib/segment:          ${ours.ms.toFixed(1)} ms (${ours.sentences} sentences)`);
console.log(`  ratio:                ${(ours.ms / base.ms).toFixed(2)}× (target ≤ 2×)`);
