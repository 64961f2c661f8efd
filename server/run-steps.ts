import "server-only";
import { setImmediate } from "node:timers/promises";
import type { Steps } from "@/lib/pdf/steps";

/**
 * Runs long work written as steps (lib/pdf/steps.ts), letting the event loop serve other requests
 * between two steps, so that one long export does not stall the server for everyone else.
 */
export async function runSteps<T>(steps: Steps<T>): Promise<T> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await setImmediate();
  }
}
