import { readFileSync } from "node:fs";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { exportArticle, exportFormats, isExportFormat } from "./index";
import { articleFromPlainText, sampleArticle } from "./test-fixtures";

const demo = readFileSync(path.resolve(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");

describe("exportArticle", () => {
  it("exports every format with a distinct ASCII file name and a content type", async () => {
    const names = new Set<string>();
    for (const format of exportFormats) {
      const file = await exportArticle(sampleArticle(), format);
      expect(file.body.length, format).toBeGreaterThan(0);
      expect(file.contentType, format).toMatch(/^[a-z]+\/[a-z0-9.+-]+/);
      expect(file.filename, format).toMatch(/^[a-z0-9-]+\.[a-z]+$/);
      names.add(file.filename);
    }
    expect(names.size).toBe(exportFormats.length);
  });

  it("handles the whole demo article in every format; XML formats are well-formed", async () => {
    const article = articleFromPlainText(demo);
    for (const format of exportFormats) {
      const file = await exportArticle(article, format);
      expect(file.body.length, format).toBeGreaterThan(0);
      if (format === "xliff" || format === "xliff12") {
        const errors: string[] = [];
        new DOMParser({ onError: (level, message) => level !== "warning" && errors.push(message) }).parseFromString(
          String(file.body),
          "text/xml",
        );
        expect(errors, format).toEqual([]);
      }
    }
  });

  it("recognises format names", () => {
    expect(isExportFormat("docx-tracked")).toBe(true);
    expect(isExportFormat("pdf")).toBe(false);
  });
});
