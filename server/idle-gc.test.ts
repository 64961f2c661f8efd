import { afterEach, describe, expect, it } from "vitest";
import { startIdleGc } from "./idle-gc";

const options = { checkEveryMs: 40, idleUtilization: 0.2, quietChecks: 2, minGrowthBytes: 16 * 1024 * 1024 };
let stop = () => {};
afterEach(() => {
  stop();
  delete process.env.REDLINE_IDLE_GC;
});

/**
 * Grows the heap by about 64 MB that is garbage as soon as this returns: large arrays, which V8 puts in
 * its old generation at once, as a long export leaves them, so only a full collection frees them.
 */
function makeGarbage(): number {
  let arrays: number[][] = [];
  for (let i = 0; i < 8; i++) arrays.push(new Array<number>(1_000_000).fill(i + 0.5));
  const count = arrays.length;
  arrays = [];
  return count;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the idle collector", () => {
  it("collects once the process is quiet after the heap grew, and gives the heap back", async () => {
    const collections: [number, number][] = [];
    stop = startIdleGc(options, (before, after) => collections.push([before, after]));
    makeGarbage();
    for (let waited = 0; collections.length === 0 && waited < 5_000; waited += 50) await sleep(50);
    expect(collections).toHaveLength(1);
    const [before, after] = collections[0];
    expect(after).toBeLessThan(before - 16 * 1024 * 1024);
    // Nothing grew since: it does not collect again.
    await sleep(400);
    expect(collections).toHaveLength(1);
  });

  it("does not collect while the event loop is busy", async () => {
    const collections: number[] = [];
    stop = startIdleGc(options, (before) => collections.push(before));
    makeGarbage();
    const until = Date.now() + 600;
    while (Date.now() < until) {
      const slice = Date.now() + 30;
      while (Date.now() < slice) makeGarbage();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(collections).toEqual([]);
  });

  it("is off with REDLINE_IDLE_GC=0", async () => {
    process.env.REDLINE_IDLE_GC = "0";
    const collections: number[] = [];
    stop = startIdleGc(options, (before) => collections.push(before));
    makeGarbage();
    await sleep(400);
    expect(collections).toEqual([]);
  });
});
