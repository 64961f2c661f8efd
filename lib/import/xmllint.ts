import { Worker } from "node:worker_threads";
import { AppError } from "@/lib/errors";

/**
 * xmllint in one long-lived worker thread, so a large file never blocks the server and the WebAssembly is
 * compiled once, not per file (xmllint-wasm's own validateXML starts a worker and compiles it for every
 * file, which took longer than the validation). Runs go one at a time. A run that takes longer than
 * `XMLLINT_TIME_LIMIT_MS` is stopped with its worker (the next run starts a new one) and refused, so a
 * pathological file cannot hold up the imports behind it. The worker is closed after a minute unused.
 */

export const XMLLINT_TIME_LIMIT_MS = 20_000;
const IDLE_MS = 60_000;

// The worker's code, run from source (eval) so that no bundler follows it into xmllint-wasm's WebAssembly; its
// require() resolves from the working directory, where the server runs. Loading xmllint-node.js also starts
// xmllint-wasm's own message listener, which ignores messages without its key (ours).
const workerSource = `
const { readFileSync } = require("node:fs");
const { parentPort } = require("node:worker_threads");
const createXmllint = require("xmllint-wasm/xmllint-node.js");
const compiled = new WebAssembly.Module(readFileSync(require.resolve("xmllint-wasm/xmllint.wasm")));
parentPort.on("message", (job) => {
  if (!job || job.redlineJob !== true) return;
  let stderr = "";
  let answered = false;
  const answer = (exitCode, error) => {
    if (answered) return;
    answered = true;
    parentPort.postMessage({ redlineJob: true, id: job.id, exitCode, stderr: error ?? stderr });
  };
  createXmllint({
    inputFiles: job.inputFiles,
    arguments: job.args,
    print() {},
    printErr(text) { stderr += text + "\\n"; },
    onExit: (exitCode) => answer(exitCode),
    onAbort: (reason) => answer(-1, "WASM Abort: " + reason),
    wasmMemory: new WebAssembly.Memory({ initial: job.initialMemory, maximum: job.maxMemory }),
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(compiled, imports).then((instance) => receiveInstance(instance, compiled), (error) => answer(-1, String(error)));
      return {};
    },
  }).catch((error) => answer(-1, String(error)));
});
`;

export interface XmlFile {
  fileName: string;
  contents: string;
}

export interface XmllintRun {
  /** xmllint's exit code: 0 valid, 3 or 4 invalid, anything else a failure. */
  exitCode: number;
  stderr: string;
}

interface Reply {
  redlineJob: true;
  id: number;
  exitCode: number;
  stderr: string;
}

function isReply(message: unknown): message is Reply {
  return typeof message === "object" && message !== null && "redlineJob" in message && "id" in message && "exitCode" in message;
}

let worker: Worker | null = null;
let idleTimer: NodeJS.Timeout | null = null;
let nextId = 1;
let queue: Promise<unknown> = Promise.resolve();

function stopWorker(): void {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  const stopping = worker;
  worker = null;
  void stopping?.terminate();
}

function workerNow(): Worker {
  if (idleTimer) clearTimeout(idleTimer);
  idleTimer = null;
  if (!worker) {
    worker = new Worker(workerSource, { eval: true });
    // Neither an idle worker nor its timer keeps the process alive.
    worker.unref();
    worker.on("error", () => stopWorker());
  }
  return worker;
}

function runNow(files: XmlFile[], args: string[], maxMemoryPages: number, timeLimitMs: number): Promise<XmllintRun> {
  const current = workerNow();
  const id = nextId++;
  return new Promise<XmllintRun>((resolve, reject) => {
    const settle = (outcome: () => void) => {
      clearTimeout(timer);
      current.off("message", onMessage);
      current.off("error", onError);
      outcome();
    };
    const onMessage = (message: unknown) => {
      if (isReply(message) && message.id === id) settle(() => resolve({ exitCode: message.exitCode, stderr: message.stderr }));
    };
    const onError = (error: Error) => settle(() => reject(error));
    const timer = setTimeout(() => {
      stopWorker();
      settle(() => reject(new AppError("unprocessable", "This file took too long to validate. Split it and import the parts.")));
    }, timeLimitMs);
    current.on("message", onMessage);
    current.on("error", onError);
    current.postMessage({ redlineJob: true, id, inputFiles: files, args, initialMemory: 256, maxMemory: maxMemoryPages });
  }).finally(() => {
    if (worker && !idleTimer) {
      idleTimer = setTimeout(stopWorker, IDLE_MS);
      idleTimer.unref();
    }
  });
}

/**
 * Runs xmllint with `args` over `files` (the file system it sees), after the runs queued before it.
 * Rejects with an "unprocessable" AppError when the run takes longer than `timeLimitMs`.
 */
export function runXmllint(files: XmlFile[], args: string[], options: { maxMemoryPages: number; timeLimitMs?: number }): Promise<XmllintRun> {
  const run = queue.then(() => runNow(files, args, options.maxMemoryPages, options.timeLimitMs ?? XMLLINT_TIME_LIMIT_MS));
  queue = run.catch(() => undefined);
  return run;
}
