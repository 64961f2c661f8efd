import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { ArticleModel } from "@/lib/article";
import { redlinePdfSteps } from "@/lib/export/pdf";
import { redlineOf } from "@/lib/export/redline";
import { sampleArticle } from "@/lib/export/test-fixtures";
import { finish } from "@/lib/pdf/steps";
import { runSteps } from "./run-steps";

/** A long Latin article: 3,000 sentences in 600 paragraphs, every third one edited. */
function longArticle(): ArticleModel {
  const article = sampleArticle();
  const template = article.sentences.find((s) => s.block === "p")!;
  const sentences = Array.from({ length: 3000 }, (_, i) => {
    const mt = `The committee discussed the road plan on day ${i} of the session in the northern region.`;
    return { ...template, id: i + 1, position: i, paragraph: Math.floor(i / 5), sourceText: mt, text: i % 3 === 0 ? mt.replace("discussed", "debated") : mt, trailing: " " };
  });
  return { ...article, sentences };
}

/** How often a 1 ms timer fired while `work` ran. */
async function timerTicksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe("runSteps", () => {
  it("lets timers (other requests) run while a long PDF is typeset, and gives the same file as running it at once", async () => {
    const article = longArticle();
    const deflate = (bytes: Uint8Array) => deflateSync(bytes);
    let stepped: Uint8Array | null = null;
    const ticks = await timerTicksDuring(async () => {
      stepped = await runSteps(redlinePdfSteps(article, redlineOf(article), deflate));
    });
    expect(ticks).toBeGreaterThan(2);
    expect(stepped).toEqual(finish(redlinePdfSteps(article, redlineOf(article), deflate)));
    // The same work without steps holds the event loop until it is done.
    expect(await timerTicksDuring(async () => finish(redlinePdfSteps(article, redlineOf(article), deflate)))).toBe(0);
  });
});
