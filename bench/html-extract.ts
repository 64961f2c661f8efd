// HTML main-text benchmark: word precision and recall of the import's text against a human reference
// (scrapinghub/article-extraction-benchmark, MIT). Compares the rules alone (article/main/body, as before
// Readability) with the import as it is (Readability, rules as fallback). Pages: tests/fixtures/html-extract
// (a handful), or the whole benchmark with HTML_BENCH_DIR=<folder with html/*.html.gz and ground-truth.json>.
// Run with `npx tsx bench/html-extract.ts`.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { extractHtmlBlocks, parseHtml, parseHtmlDocument } from "@/lib/import/html";

const dir = process.env.HTML_BENCH_DIR ?? path.join(import.meta.dirname, "../tests/fixtures/html-extract");
const truth = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8")) as Record<string, { articleBody: string }>;
const htmlFile = (id: string) => {
  const flat = path.join(dir, `${id}.html.gz`);
  try {
    return gunzipSync(readFileSync(flat)).toString("utf8");
  } catch {
    return gunzipSync(readFileSync(path.join(dir, "html", `${id}.html.gz`))).toString("utf8");
  }
};

function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return counts;
}

function score(got: string, reference: string): { precision: number; recall: number } {
  const a = words(got);
  const b = words(reference);
  let common = 0;
  for (const [word, n] of a) common += Math.min(n, b.get(word) ?? 0);
  const total = (m: Map<string, number>) => [...m.values()].reduce((x, y) => x + y, 0);
  return { precision: total(a) ? common / total(a) : 0, recall: total(b) ? common / total(b) : 0 };
}

/** The old way: the <article> with the most text, else <main>, else <body>, through the block rules. */
function rulesOnly(html: string): string {
  const document = parseHtmlDocument(html);
  const article = document.querySelectorAll("article").sort((x, y) => y.text.length - x.text.length)[0];
  const root = article ?? document.querySelector("main") ?? document.querySelector("body") ?? document;
  return extractHtmlBlocks(root).map((block) => block.text).join("\n");
}

const runs = { rules: [] as { precision: number; recall: number }[], readability: [] as { precision: number; recall: number }[] };
let bad = 0;
for (const [id, { articleBody }] of Object.entries(truth)) {
  const html = htmlFile(id);
  runs.rules.push(score(rulesOnly(html), articleBody));
  const now = parseHtml(html);
  const text = now.blocks.filter((block) => block.text !== now.title).map((block) => block.text).join("\n");
  const s = score(text, articleBody);
  runs.readability.push(s);
  if (s.precision < 0.67) bad++;
}
const mean = (list: number[]) => (100 * list.reduce((x, y) => x + y, 0)) / list.length;
const median = (list: number[]) => {
  const sorted = [...list].sort((x, y) => x - y);
  return 100 * sorted[Math.floor(sorted.length / 2)];
};
console.log(`HTML main text, word precision / recall against the reference, ${runs.rules.length} pages (${dir}):`);
for (const [label, list] of Object.entries(runs)) {
  const p = list.map((s) => s.precision);
  const r = list.map((s) => s.recall);
  console.log(`  ${label.padEnd(12)} precision mean ${mean(p).toFixed(1)} median ${median(p).toFixed(1)}   recall mean ${mean(r).toFixed(1)} median ${median(r).toFixed(1)}`);
}
console.log(`  pages where a third or more of the words are not article text (precision < 67%): ${bad}`);
