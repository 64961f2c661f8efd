// Reading PDFs in tests (vitest and Playwright alike).
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** True when the bytes start like a PDF file. */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.slice(0, 5)) === "%PDF-";
}

/**
 * The PDF's text by pdftotext (poppler-utils), the only honest way to read it here; only page `page`
 * (1-based) when given; null when pdftotext is not installed.
 */
export function pdfText(pdf: Uint8Array, page?: number): string | null {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
  } catch {
    return null;
  }
  const file = path.join(mkdtempSync(path.join(tmpdir(), "redline-pdf-")), "export.pdf");
  writeFileSync(file, pdf);
  const pages = page === undefined ? [] : ["-f", String(page), "-l", String(page)];
  return execFileSync("pdftotext", ["-layout", ...pages, file, "-"], { encoding: "utf8" });
}
