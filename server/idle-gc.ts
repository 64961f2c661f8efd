import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { performance } from "node:perf_hooks";
import { runInNewContext } from "node:vm";

// Memory back when the server goes quiet. After a burst (an import, a Word or PDF export of a long
// article, a few hundred saves) V8 keeps the heap it grew to: the live objects are back to ~80 MB, but
// the process held 400 MB for half a minute or more, until V8's own memory reducer got round to it
// (bench/memory.ts). A newsroom server is quiet most of the time, so this collects once when it is:
// when the heap has grown by `minGrowthBytes` since the last collection and the event loop has been
// idle (under `idleUtilization`) for `quietChecks` checks in a row. A full collection of that heap
// takes tens of milliseconds; it runs only when no request is being served, at most once per burst.
// REDLINE_IDLE_GC=0 turns it off.

export interface IdleGcOptions {
  checkEveryMs: number;
  /** Event-loop utilisation (0..1) under which a check counts as quiet. */
  idleUtilization: number;
  quietChecks: number;
  minGrowthBytes: number;
}

export const idleGcDefaults: IdleGcOptions = { checkEveryMs: 500, idleUtilization: 0.02, quietChecks: 2, minGrowthBytes: 32 * 1024 * 1024 };

/** V8's full collection, made callable (the same as starting Node with --expose-gc); null if V8 refuses. */
function exposeGc(): (() => void) | null {
  setFlagsFromString("--expose-gc");
  const gc: unknown = runInNewContext("typeof gc === 'function' ? gc : null");
  return typeof gc === "function" ? () => void gc() : null;
}

const heapSize = () => getHeapStatistics().total_heap_size;

/** Starts the idle collector; returns its stop function. `onCollect` hears of each collection (tests, logs). */
export function startIdleGc(options: IdleGcOptions = idleGcDefaults, onCollect?: (before: number, after: number) => void): () => void {
  if (process.env.REDLINE_IDLE_GC === "0") return () => {};
  const gc = exposeGc();
  if (!gc) return () => {};
  let floor = heapSize();
  let last = performance.eventLoopUtilization();
  let quiet = 0;
  const timer = setInterval(() => {
    const now = performance.eventLoopUtilization();
    quiet = performance.eventLoopUtilization(now, last).utilization < options.idleUtilization ? quiet + 1 : 0;
    last = now;
    const size = heapSize();
    if (size < floor) floor = size;
    if (quiet < options.quietChecks || size - floor < options.minGrowthBytes) return;
    // A first collection frees the dead objects; the next ones compact what is left and give back the
    // pages, while that still shrinks the heap by more than a twentieth.
    for (let round = 0, before = size; round < 4; round++) {
      gc();
      const after = heapSize();
      if (after > before * 0.95) break;
      before = after;
    }
    floor = heapSize();
    quiet = 0;
    last = performance.eventLoopUtilization();
    onCollect?.(size, floor);
  }, options.checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}
