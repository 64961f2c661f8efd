// Closed-loop load: `clients` concurrent loops, each sending its next request as soon as the last answered.
import { performance } from "node:perf_hooks";
import { percentile } from "./measure";

export interface LoadResult {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

export async function closedLoop(clients: number, seconds: number, request: (client: number) => Promise<boolean>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await request(client).catch(() => false);
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  return { perSecond: latencies.length / elapsed, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), errors };
}
