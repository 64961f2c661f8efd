// Every export format, from the same ArticleModel.

import type { ArticleModel } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { toHistoryCsv } from "./csv";
import { toDocx, toTrackedDocx } from "./docx";
import { toHtml, toRedlineHtml } from "./html";
import { type ExportExtras, toJsonBundle } from "./json";
import { exportFilename } from "./shared";
import { toMarkdown, toPlainText } from "./text";
import { toXliff12, toXliff2 } from "./xliff";

export type { ExportExtras } from "./json";

export const exportFormats = ["txt", "md", "html", "json", "docx", "docx-tracked", "redline", "xliff", "xliff12", "csv"] as const;
export type ExportFormat = (typeof exportFormats)[number];

export interface ExportFile {
  body: string | Uint8Array;
  contentType: string;
  filename: string;
}

export function isExportFormat(value: string): value is ExportFormat {
  return (exportFormats as readonly string[]).includes(value);
}

const docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The article in one format: body, Content-Type and an ASCII-safe file name (slug of the title). */
export async function exportArticle(article: ArticleModel, format: ExportFormat, extras?: ExportExtras): Promise<ExportFile> {
  const file = (body: string | Uint8Array, contentType: string, suffix: string): ExportFile => ({
    body,
    contentType,
    filename: exportFilename(article, suffix),
  });
  switch (format) {
    case "txt":
      return file(toPlainText(article), "text/plain; charset=utf-8", ".txt");
    case "md":
      return file(toMarkdown(article), "text/markdown; charset=utf-8", ".md");
    case "html":
      return file(toHtml(article), "text/html; charset=utf-8", ".html");
    case "json":
      return file(toJsonBundle(article, extras), "application/json; charset=utf-8", ".json");
    case "docx":
      return file(await toDocx(article), docxType, ".docx");
    case "docx-tracked":
      return file(await toTrackedDocx(article), docxType, "-tracked.docx");
    case "redline":
      return file(toRedlineHtml(article), "text/html; charset=utf-8", "-redline.html");
    case "xliff":
      return file(toXliff2(article), "application/xliff+xml; charset=utf-8", ".xlf");
    case "xliff12":
      return file(toXliff12(article), "application/x-xliff+xml; charset=utf-8", "-xliff12.xlf");
    case "csv":
      return file(toHistoryCsv(article), "text/csv; charset=utf-8; header=present", "-history.csv");
    default: {
      const unknown: never = format;
      throw new AppError("bad_request", `Unknown export format: ${String(unknown)}`);
    }
  }
}
