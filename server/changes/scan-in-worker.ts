import "server-only";
import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { findAndReplace, regexTimeBudgetMs, resultsOfScan, scanRequest, scanTexts, type FindOptions, type ScanRequest, type ScanResult, type SentenceMatch } from "@/lib/find-replace";

/** Regex scans running at once; more wait their turn, so evil patterns cannot take every core. */
const maxConcurrentScans = 2;

// The worker runs scanTexts from its own source text: no bundler path to resolve, nothing shared.
const workerSource = `
const { parentPort, workerData } = require("node:worker_threads");
const scanTexts = ${scanTexts.toString()};
parentPort.postMessage(scanTexts(workerData.texts, workerData.request));
`;

let running = 0;
const waiting: (() => void)[] = [];

async function turn(): Promise<() => void> {
  if (running >= maxConcurrentScans) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

function tookTooLong(): AppError {
  return new AppError(
    "unprocessable",
    `The pattern took too long (more than ${regexTimeBudgetMs / 1000} s) and was stopped: simplify the regular expression.`,
  );
}

/** Scans texts in a worker thread that is terminated when it runs past `budgetMs`. */
export async function scanInWorker(texts: readonly string[], request: ScanRequest, budgetMs = regexTimeBudgetMs): Promise<ScanResult> {
  const done = await turn();
  try {
    return await new Promise<ScanResult>((resolve, reject) => {
      const worker = new Worker(workerSource, {
        eval: true,
        workerData: { texts, request },
        resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
      });
      // The budget counts from the worker's start, so its own start-up is not charged to the pattern.
      let timer: NodeJS.Timeout = setTimeout(stop, budgetMs + 2000);
      worker.once("online", () => {
        clearTimeout(timer);
        timer = setTimeout(stop, budgetMs);
      });
      function stop() {
        void worker.terminate();
        reject(tookTooLong());
      }
      worker.once("message", (result: ScanResult) => {
        clearTimeout(timer);
        void worker.terminate();
        resolve(result);
      });
      worker.once("error", (error) => {
        clearTimeout(timer);
        reject(error instanceof RangeError ? tookTooLong() : error);
      });
    });
  } finally {
    done();
  }
}

/**
 * findAndReplace that cannot hold the event loop: plain text (escaped, linear to match) runs here,
 * a regular expression runs in a worker under the time budget.
 */
export async function findAndReplaceBounded<Id>(sentences: readonly { id: Id; text: string }[], options: FindOptions): Promise<SentenceMatch<Id>[]> {
  if (!options.regex) return findAndReplace(sentences, options);
  const texts = sentences.map((sentence) => sentence.text);
  const scan = await scanInWorker(texts, scanRequest(texts, options));
  return resultsOfScan(sentences, scan, options);
}
