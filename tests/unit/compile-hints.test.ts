import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without types
import { addCompileHints, compileHint } from "../../scripts/compile-hints.mjs";

const hinted = addCompileHints as (distDir: string) => number;

describe("compile hints on the build's client chunks", () => {
  let dist: string;
  const chunk = (name: string) => path.join(dist, "static", "chunks", name);

  beforeEach(() => {
    dist = mkdtempSync(path.join(tmpdir(), "hints-"));
    mkdirSync(path.join(dist, "static", "chunks"), { recursive: true });
    writeFileSync(path.join(dist, "build-manifest.json"), JSON.stringify({ polyfillFiles: ["static/chunks/polyfill.js"] }));
    writeFileSync(chunk("app.js"), "(globalThis.TURBOPACK||[]).push([1]);\n//# sourceMappingURL=app.js.map");
    writeFileSync(chunk("app.js.map"), JSON.stringify({ version: 3, sources: ["a.ts"], mappings: "AAAA;AACA" }));
    writeFileSync(chunk("polyfill.js"), "polyfill();");
    writeFileSync(chunk("app.css"), "body{}");
  });
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it("puts the hint on the first line of every script chunk, the code unchanged after it", () => {
    expect(hinted(dist)).toBe(1);
    expect(readFileSync(chunk("app.js"), "utf8")).toBe(`${compileHint}\n(globalThis.TURBOPACK||[]).push([1]);\n//# sourceMappingURL=app.js.map`);
    expect(compileHint).toBe("//# allFunctionsCalledOnLoad");
  });

  it("moves the chunk's source map down the added line", () => {
    hinted(dist);
    expect(JSON.parse(readFileSync(chunk("app.js.map"), "utf8")).mappings).toBe(";AAAA;AACA");
  });

  it("leaves the polyfills (old browsers only) and stylesheets alone", () => {
    hinted(dist);
    expect(readFileSync(chunk("polyfill.js"), "utf8")).toBe("polyfill();");
    expect(readFileSync(chunk("app.css"), "utf8")).toBe("body{}");
  });

  it("changes nothing when run again", () => {
    hinted(dist);
    expect(hinted(dist)).toBe(0);
    expect(readFileSync(chunk("app.js"), "utf8").split(compileHint)).toHaveLength(2);
    expect(JSON.parse(readFileSync(chunk("app.js.map"), "utf8")).mappings).toBe(";AAAA;AACA");
  });
});
