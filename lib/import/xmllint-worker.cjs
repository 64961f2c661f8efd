// The long-lived worker thread of lib/import/xmllint.ts: xmllint (libxml2 compiled to WebAssembly, from
// xmllint-wasm), compiled once, run once per message. xmllint-wasm's own validateXML starts a worker and
// compiles the WebAssembly for every file, which took longer than the validation.
"use strict";
const { readFileSync } = require("node:fs");
const { parentPort } = require("node:worker_threads");
// Loading it also starts xmllint-wasm's own listener, which ignores messages without its key (ours).
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
    printErr(text) {
      stderr += `${text}\n`;
    },
    onExit: (exitCode) => answer(exitCode),
    onAbort: (reason) => answer(-1, `WASM Abort: ${reason}`),
    wasmMemory: new WebAssembly.Memory({ initial: job.initialMemory, maximum: job.maxMemory }),
    instantiateWasm(imports, receiveInstance) {
      WebAssembly.instantiate(compiled, imports).then(
        (instance) => receiveInstance(instance, compiled),
        (error) => answer(-1, String(error)),
      );
      return {};
    },
  }).catch((error) => answer(-1, String(error)));
});
