import "server-only";
import { AppError } from "@/lib/errors";
import { exportArticle, exportFormats, isExportFormat, type ExportFile } from "@/lib/export";
import { loadArticleModel } from "./load-article-model";

/** The article as a downloadable file in one of the export formats. */
export async function exportArticleFile(articleId: number, format: string): Promise<ExportFile> {
  if (!isExportFormat(format)) {
    throw new AppError("bad_request", `Unknown export format "${format}". Use one of: ${exportFormats.join(", ")}.`);
  }
  return exportArticle(await loadArticleModel(articleId), format);
}
