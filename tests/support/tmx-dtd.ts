// Validates a document against the official TMX 1.4b DTD (tests/fixtures/tmx14.dtd) with libxml2's
// xmllint (Debian package libxml2-utils): xmllint-wasm is built without DTD validation (no --dtdvalid).
import { spawnSync } from "node:child_process";
import path from "node:path";

export const tmxDtdPath = path.join(import.meta.dirname, "../fixtures/tmx14.dtd");

/** xmllint's complaints about `xml` against the TMX 1.4b DTD; empty when the document is valid. */
export function tmxDtdProblems(xml: string): string[] {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--dtdvalid", tmxDtdPath, "-"], { input: xml, encoding: "utf8", timeout: 30_000 });
  if (run.error) throw new Error(`xmllint is needed to validate TMX against its DTD: apt-get install -y libxml2-utils (${run.error.message})`);
  if (run.status === 0) return [];
  // Each error is a "-:<line>: … error : …" line, followed by the offending source line and a caret.
  const problems = run.stderr.split("\n").filter((line) => /^-:\d+: .*error/.test(line));
  return problems.length > 0 ? problems : [`xmllint exited with ${run.status}`];
}
