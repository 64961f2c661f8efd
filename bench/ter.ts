/**
 * HTER cost per sentence save, against the cost of the save itself.
 *
 *   npm run bench:ter
 *
 * (a) hter(mt, postEdit) on the 134 MLQE-PE en-de pairs of tests/fixtures/pe_sample.jsonl, and on
 *     synthetic ~60-word sentences with many edits and moved blocks (worst case for the shift search).
 * (b) a save's own cost: one better-sqlite3 transaction on a temp-file database that updates a
 *     sentence row and inserts a revision row, in SQLite's default journal mode (as the app uses it)
 *     and in WAL mode with synchronous=NORMAL (a cheaper save, so a stricter baseline).
 * Prints median and p95 per call and the ratio HTER / save. The real save also goes through Prisma,
 * so it costs more than this baseline.
 */
import Database from "better-sqlite3";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { hter } from "../lib/ter/index";

interface Pair {
  mt: string;
  pe: string;
}

interface Timing {
  median: number;
  p95: number;
  mean: number;
}

/** Per-call times in ms: runs `op` over `items` `rounds` times after one warm-up round. */
function timePerCall<T>(items: readonly T[], rounds: number, op: (item: T) => void): Timing {
  for (const item of items) op(item);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const item of items) {
      const start = performance.now();
      op(item);
      samples.push(performance.now() - start);
    }
  }
  samples.sort((a, b) => a - b);
  const mean = samples.reduce((sum, t) => sum + t, 0) / samples.length;
  return {
    median: samples[Math.floor(samples.length / 2)],
    p95: samples[Math.floor(samples.length * 0.95)],
    mean,
  };
}

/** Small deterministic PRNG (mulberry32) so every run measures the same sentences. */
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

/**
 * A ~60-word "post-edit" built from the pe_sample vocabulary, and an "MT" with many word edits
 * (about a third substituted, some dropped, some inserted) and several moved blocks.
 */
function longPairs(vocabulary: readonly string[], count: number, words: number): Pair[] {
  const random = prng(42);
  const pick = () => vocabulary[Math.floor(random() * vocabulary.length)];
  const pairs: Pair[] = [];
  for (let n = 0; n < count; n++) {
    const pe = Array.from({ length: words }, pick);
    let mt: string[] = [];
    for (const word of pe) {
      const roll = random();
      if (roll < 0.2) mt.push(pick()); // substitution
      else if (roll < 0.27) continue; // deletion
      else if (roll < 0.34) mt.push(word, pick()); // insertion
      else mt.push(word);
    }
    for (let s = 0; s < 4; s++) {
      // move a block of 2–6 words somewhere else
      const length = 2 + Math.floor(random() * 5);
      const from = Math.floor(random() * (mt.length - length));
      const block = mt.slice(from, from + length);
      const rest = [...mt.slice(0, from), ...mt.slice(from + length)];
      const to = Math.floor(random() * rest.length);
      mt = [...rest.slice(0, to), ...block, ...rest.slice(to)];
    }
    pairs.push({ mt: mt.join(" "), pe: pe.join(" ") });
  }
  return pairs;
}

function saveBaseline(wal: boolean, saves: number): Timing {
  const dir = mkdtempSync(join(tmpdir(), "redline-bench-ter-"));
  const db = new Database(join(dir, "bench.db"));
  try {
    if (wal) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    db.exec(`
      CREATE TABLE sentences (id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL, position INTEGER NOT NULL,
        source TEXT NOT NULL, text TEXT NOT NULL, hter REAL, updated_at TEXT NOT NULL);
      CREATE TABLE revisions (id INTEGER PRIMARY KEY, sentence_id INTEGER NOT NULL REFERENCES sentences(id),
        text TEXT NOT NULL, author_id INTEGER NOT NULL, created_at TEXT NOT NULL);
      CREATE INDEX revisions_sentence ON revisions(sentence_id);
    `);
    const insertSentence = db.prepare(
      "INSERT INTO sentences (article_id, position, source, text, updated_at) VALUES (?, ?, ?, ?, ?)",
    );
    db.transaction(() => {
      for (let i = 0; i < 200; i++) {
        insertSentence.run(1, i, `Source sentence ${i}.`, `Machine translation ${i}.`, new Date().toISOString());
      }
    })();

    const update = db.prepare("UPDATE sentences SET text = ?, hter = ?, updated_at = ? WHERE id = ?");
    const insertRevision = db.prepare(
      "INSERT INTO revisions (sentence_id, text, author_id, created_at) VALUES (?, ?, ?, ?)",
    );
    const save = db.transaction((id: number, text: string) => {
      const now = new Date().toISOString();
      update.run(text, 0.25, now, id);
      insertRevision.run(id, text, 7, now);
    });
    const ids = Array.from({ length: saves }, (_, i) => 1 + (i % 200));
    return timePerCall(ids, 1, (id) => save(id, `Post-edited sentence ${id} at ${performance.now()}.`));
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function format(t: Timing): string {
  const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;
  return `median ${us(t.median)}, p95 ${us(t.p95)}, mean ${us(t.mean)}`;
}

const fixture = new URL("../tests/fixtures/pe_sample.jsonl", import.meta.url);
const pePairs: Pair[] = readFileSync(fixture, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line) as Pair)
  .map(({ mt, pe }) => ({ mt, pe }));
const vocabulary = [...new Set(pePairs.flatMap((p) => p.pe.split(" ")))];
const long60 = longPairs(vocabulary, 40, 60);
const long100 = longPairs(vocabulary, 20, 100);

const peTime = timePerCall(pePairs, 20, (p) => hter(p.mt, p.pe));
const long60Time = timePerCall(long60, 10, (p) => hter(p.mt, p.pe));
const long100Time = timePerCall(long100, 5, (p) => hter(p.mt, p.pe));
const saveDefault = saveBaseline(false, 400);
const saveWal = saveBaseline(true, 2000);

const avgWords = pePairs.reduce((n, p) => n + p.pe.split(" ").length, 0) / pePairs.length;
const avgLongHter = long60.reduce((sum, p) => sum + hter(p.mt, p.pe), 0) / long60.length;

console.log(`HTER, ${pePairs.length} MLQE-PE pairs (avg ${avgWords.toFixed(1)} ref words): ${format(peTime)}`);
console.log(`HTER, ${long60.length} synthetic 60-word pairs (avg HTER ${avgLongHter.toFixed(2)}): ${format(long60Time)}`);
console.log(`HTER, ${long100.length} synthetic 100-word pairs:                ${format(long100Time)}`);
console.log(`Save (UPDATE sentence + INSERT revision, 1 transaction), default journal: ${format(saveDefault)}`);
console.log(`Save, WAL + synchronous=NORMAL:                                  ${format(saveWal)}`);
console.log("Ratio HTER / save (median; against the cheaper WAL save in brackets):");
for (const [label, t] of [
  ["  news pairs     ", peTime],
  ["  60-word worst  ", long60Time],
  ["  100-word       ", long100Time],
] as const) {
  const ratio = (base: Timing) => (t.median / base.median).toFixed(3);
  console.log(`${label} ${ratio(saveDefault)} (${ratio(saveWal)}), p95 ${(t.p95 / saveDefault.median).toFixed(3)}`);
}
