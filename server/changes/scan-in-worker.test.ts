import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { findAndReplaceBounded, scanInWorker } from "./scan-in-worker";
import { scanRequest } from "@/lib/find-replace";

// Patterns from the security probe that blocked the event loop for 8–90+ s on ~30 characters.
const evilPatterns = ["((a+))+$", "(?:a|a)+$", "(\\w|a)+$", "(a|aa)+$", "(.*a){12}$"];
const victim = [{ id: 1, text: `${"a".repeat(48)}!` }];

async function refusal(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("findAndReplaceBounded", () => {
  it("gives the same hits as the in-thread scan, groups included", async () => {
    const result = await findAndReplaceBounded([{ id: 7, text: "Smith, John and Doe, Jane" }], {
      find: "(\\w+), (?<first>\\w+)",
      replace: "$<first> $1",
      regex: true,
    });
    expect(result).toEqual([
      {
        id: 7,
        before: "Smith, John and Doe, Jane",
        after: "John Smith and Jane Doe",
        hits: [
          { start: 0, end: 11, match: "Smith, John", replacement: "John Smith" },
          { start: 16, end: 25, match: "Doe, Jane", replacement: "Jane Doe" },
        ],
      },
    ]);
  });

  it("ends on an empty-matching pattern over an emoji", async () => {
    expect(await findAndReplaceBounded([{ id: 1, text: "Café 😀 here." }], { find: "x*", replace: "y", regex: true })).toEqual([]);
  });

  it("stops each catastrophic pattern with a 422 while the event loop keeps running", async () => {
    for (const find of evilPatterns) {
      let ticks = 0;
      const ticker = setInterval(() => ticks++, 20);
      const started = performance.now();
      const error = await refusal(() => findAndReplaceBounded(victim, { find, replace: "b", regex: true }));
      clearInterval(ticker);
      expect(error.code, find).toBe("unprocessable");
      expect(error.message).toMatch(/took too long/);
      // The main thread was free meanwhile: the timer kept firing through the scan.
      expect(ticks, find).toBeGreaterThan(10);
      expect(performance.now() - started).toBeLessThan(15_000);
    }
  }, 90_000);

  it("honours a shorter budget", async () => {
    const request = scanRequest(["a".repeat(40) + "!"], { find: "(a|aa)+$", replace: "", regex: true });
    const error = await refusal(() => scanInWorker(["a".repeat(40) + "!"], request, 100));
    expect(error.message).toMatch(/took too long/);
  });
});
