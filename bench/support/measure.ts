// Measuring helpers shared by the benchmark files: alternated runs, one printed line per measure.
import { performance } from "node:perf_hooks";

export const runs = Number(process.env.BENCH_RUNS ?? 3);

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
}

export async function timed(op: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await op();
  return performance.now() - start;
}

/** Runs baseline and subject alternately `runs` times (baseline first, then subject first, ...). */
export async function alternate<T>(baseline: () => Promise<T>, subject: () => Promise<T>, count = runs): Promise<{ baseline: T[]; subject: T[] }> {
  const result = { baseline: [] as T[], subject: [] as T[] };
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      result.baseline.push(await baseline());
      result.subject.push(await subject());
    } else {
      result.subject.push(await subject());
      result.baseline.push(await baseline());
    }
  }
  return result;
}

const fmt = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/**
 * One line per measure: subject and baseline (best / median over the alternated runs) and the ratio
 * subject ÷ baseline of the bests and of the medians. For times lower is better; for throughputs pass
 * higherIsBetter (best is then the highest).
 */
export function report(name: string, unit: string, subject: number[], baseline: number[], options: { higherIsBetter?: boolean; extra?: string } = {}): void {
  const best = (values: number[]) => (options.higherIsBetter ? Math.max(...values) : Math.min(...values));
  console.log(
    `${name.padEnd(38)} ${fmt(best(subject))} / ${fmt(median(subject))} ${unit}`.padEnd(64) +
      ` baseline ${fmt(best(baseline))} / ${fmt(median(baseline))} ${unit}`.padEnd(34) +
      ` ratio ${(best(subject) / best(baseline)).toFixed(2)} / ${(median(subject) / median(baseline)).toFixed(2)}` +
      (options.extra ? `  ${options.extra}` : ""),
  );
}

/** Deterministic article text: `count` plain sentences in paragraphs of five, no abbreviations. */
export function articleText(count: number, seed = 1): string {
  const subjects = ["The committee", "Our reporter", "The minister", "A spokesperson", "The council", "Local residents"];
  const verbs = ["discussed", "announced", "rejected", "welcomed", "questioned", "reviewed"];
  const objects = ["the new budget", "the road plan", "a water project", "the school reform", "the tax proposal", "the harbour works"];
  const paragraphs: string[] = [];
  let sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = i + seed;
    sentences.push(`${subjects[n % 6]} ${verbs[(n * 5) % 6]} ${objects[(n * 7) % 6]} on day ${n} of the session in the northern region.`);
    if (sentences.length === 5) {
      paragraphs.push(sentences.join(" "));
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(" "));
  return paragraphs.join("\n\n");
}

/** A JSON API client with a bearer token. */
export function client(url: string, token: string) {
  const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
  return async function call<T>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T; bytes: number }> {
    const response = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const buffer = await response.arrayBuffer();
    const type = response.headers.get("content-type") ?? "";
    const json = (type.includes("json") ? JSON.parse(new TextDecoder().decode(buffer)) : null) as T;
    return { status: response.status, json, bytes: buffer.byteLength };
  };
}
