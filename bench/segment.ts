// Sentence segmenter benchmark: Golden Rules score and speed against Intl.Segmenter alone.
// Run with `npm run bench:segment`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { readdirSync } from "node:fs";
import { sentenceOffsets, splitSentences } from "@/lib/segment";
import { boundaryErrors, readDevSet, scoreBoundaries } from "@/lib/segment/boundary-score";
import { GOLDEN_GROUPS, type GoldenCase, goldenGroup, scoreGolden } from "@/lib/segment/golden";
import { median } from "./support/measure";

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

// Boundary precision/recall/F1 per language on Universal Dependencies text (tests/fixtures/segment/ud-*.txt).
function intlStarts(text: string, lang: string): number[] {
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  const starts: number[] = [];
  for (const { index } of segmenter.segment(text)) {
    let at = index;
    while (at < text.length && /\s/.test(text[at])) at++;
    if (at > 0 && at < text.length) starts.push(at);
  }
  return starts;
}

const devDir = path.join(root, "tests/fixtures/segment");
const devSets = readdirSync(devDir)
  .map((name) => /^ud-([a-z]+)\.txt$/.exec(name)?.[1])
  .filter((lang): lang is string => lang !== undefined)
  .sort();
const percent = (x: number) => (100 * x).toFixed(1).padStart(5);
console.log("\nBoundaries on Universal Dependencies text (P / R / F1, %):");
console.log(`  lang  sentences  Intl.Segmenter           lib/segment`);
const macro = { intl: 0, ours: 0 };
const showErrors = process.argv.includes("--errors") ? process.argv[process.argv.indexOf("--errors") + 1] : null;
for (const lang of devSets) {
  const paragraphs = readDevSet(readFileSync(path.join(devDir, `ud-${lang}.txt`), "utf8"));
  const intlScore = scoreBoundaries(paragraphs, lang, (text) => intlStarts(text, lang));
  const ours = scoreBoundaries(paragraphs, lang, (text) => sentenceOffsets(text, lang));
  macro.intl += intlScore.f1 / devSets.length;
  macro.ours += ours.f1 / devSets.length;
  const count = paragraphs.reduce((n, p) => n + p.length, 0);
  const cells = (s: typeof ours) => `${percent(s.precision)} ${percent(s.recall)} ${percent(s.f1)}`;
  const flag = ours.f1 < intlScore.f1 ? "  ← below Intl.Segmenter" : "";
  console.log(`  ${lang.padEnd(4)}  ${String(count).padStart(9)}  ${cells(intlScore)}        ${cells(ours)}${flag}`);
  if (showErrors === lang || showErrors === "all") {
    const errors = boundaryErrors(paragraphs, lang, (text) => sentenceOffsets(text, lang));
    for (const m of errors.missed) console.log(`      missed: ${m}`);
    for (const e of errors.extra) console.log(`      extra:  ${e}`);
  }
}
console.log(`  macro F1: Intl.Segmenter ${percent(macro.intl)}, lib/segment ${percent(macro.ours)} (target ≥ 95.5)`);
if (process.argv.includes("--accuracy-only")) process.exit(0);

// Speed: an article of about 10,000 sentences from varied real text, segmented paragraph by paragraph.
const paragraphs = [...demo.split(/\n\s*\n/), ...cases.map((c) => c.text)].filter((p) => p.trim() !== "");
const perRound = paragraphs.reduce((n, p) => n + splitSentences(p).length, 0);
const rounds = Math.ceil(10_000 / perRound);
const article: string[] = [];
for (let i = 0; i < rounds; i++) article.push(...paragraphs);

// Baseline: Intl.Segmenter alone (one cached instance), giving the same output: trimmed sentence strings.
const intl = new Intl.Segmenter("en", { granularity: "sentence" });
function runIntl(): number {
  let n = 0;
  for (const p of article) {
    const sentences: string[] = [];
    for (const { segment } of intl.segment(p)) {
      const text = segment.trim();
      if (text !== "") sentences.push(text);
    }
    n += sentences.length;
  }
  return n;
}
function runOurs(): number {
  let n = 0;
  for (const p of article) n += splitSentences(p, "en").length;
  return n;
}

/**
 * Best and median CPU time (user + system, all threads, so garbage collection counts) of each runner over
 * alternating runs. CPU time rather than wall time, and the best run, because other work on a busy machine
 * only adds to it; the median shows how much.
 */
function bestTimes(runners: (() => number)[], times: number): { ms: number; median: number; count: number }[] {
  const runs = runners.map((): number[] => []);
  const counts = runners.map(() => 0);
  for (let i = 0; i < times; i++) {
    runners.forEach((run, r) => {
      const start = process.cpuUsage();
      counts[r] = run();
      const used = process.cpuUsage(start);
      runs[r].push((used.user + used.system) / 1000);
    });
  }
  return runs.map((ms, r) => ({ ms: Math.min(...ms), median: median(ms), count: counts[r] }));
}

runIntl();
runOurs(); // warm up
const [base, ours] = bestTimes([runIntl, runOurs], 30);
const chars = article.reduce((n, p) => n + p.length, 0);
console.log(`\nSpeed on ${article.length} paragraphs, ${chars.toLocaleString("en")} characters (best / median CPU time of 30 alternating runs):`);
console.log(`  Intl.Segmenter alone: ${base.ms.toFixed(1)} / ${base.median.toFixed(1)} ms (${base.count} sentences)`);
console.log(`  lib/segment:          ${ours.ms.toFixed(1)} / ${ours.median.toFixed(1)} ms (${ours.count} sentences)`);
console.log(`  ratio:                ${(ours.ms / base.ms).toFixed(2)}× / ${(ours.median / base.median).toFixed(2)}× (target ≤ 2×)`);
