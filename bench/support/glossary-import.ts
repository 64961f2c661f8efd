// Glossary CSV import through the server's use case on a throwaway SQLite database (run by
// bench/glossary.ts with the react-server condition, which server-only modules need):
//   10,000 terms, `replace`, 5 runs: min / median time, and the longest wait of a small write
//   transaction made every 50 ms meanwhile (what a save would wait); 100,000 terms (the limit) once.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { glossaryToCsv, type GlossaryTerm } from "../../lib/glossary";
import { median } from "./measure";

const dir = mkdtempSync(path.join(tmpdir(), "redline-bench-glossary-"));
process.env.DATABASE_URL = `file:${path.join(dir, "bench.db")}`;
execFileSync("npx", ["prisma", "migrate", "deploy"], { env: process.env, stdio: "pipe" });

const { db } = await import("../../server/db");
const { importGlossary } = await import("../../server/glossary/import-glossary");

const termsOf = (count: number): GlossaryTerm[] =>
  Array.from({ length: count }, (_, i) => ({ term: `term${i}`, forbidden: [`variant${i}`, `old-term ${i}`], originalTerm: `original${i}`, note: i % 3 ? null : "a note" }));

const user = await db.user.create({ data: { email: "bench@glossary", name: "Bench", role: "EDITOR", passwordHash: "x" } });

/** Times one import while a small write runs every 50 ms; returns its time and the longest write wait. */
async function timedImport(csv: string): Promise<{ ms: number; longestWriteMs: number }> {
  let running = true;
  let longestWriteMs = 0;
  const writes = (async () => {
    while (running) {
      const at = performance.now();
      // In a transaction, as a save is: it waits for any transaction the import holds open.
      await db.$transaction((tx) => tx.user.update({ where: { id: user.id }, data: { name: `Bench ${at}` } }));
      longestWriteMs = Math.max(longestWriteMs, performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const start = performance.now();
  await importGlossary(csv, "replace");
  const ms = performance.now() - start;
  running = false;
  await writes;
  return { ms, longestWriteMs };
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const csv10k = glossaryToCsv(termsOf(10_000));
const runs: { ms: number; longestWriteMs: number }[] = [];
for (let i = 0; i < 5; i++) runs.push(await timedImport(csv10k));
const times = runs.map((run) => run.ms);
console.log(
  `import 10,000 terms (replace): min ${fmt(Math.min(...times))}, median ${fmt(median(times))} (target ≤ 5 s); longest wait of a write meanwhile ${fmt(Math.max(...runs.map((run) => run.longestWriteMs)))}`,
);
const big = await timedImport(glossaryToCsv(termsOf(100_000)));
console.log(`import 100,000 terms (replace): ${fmt(big.ms)}; longest wait of a write meanwhile ${fmt(big.longestWriteMs)}; ${await db.glossaryTerm.count()} terms stored`);
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
