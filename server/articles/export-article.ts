import "server-only";
import { AppError } from "@/lib/errors";
import { exportArticle, exportFormats, isExportFormat, type ExportFile } from "@/lib/export";
import { listComments } from "@/server/comments/list-comments";
import { loadArticleModel } from "./load-article-model";

/** The article as a downloadable file in one of the export formats. */
export async function exportArticleFile(articleId: number, format: string): Promise<ExportFile> {
  if (!isExportFormat(format)) {
    throw new AppError("bad_request", `Unknown export format "${format}". Use one of: ${exportFormats.join(", ")}.`);
  }
  const extras = format === "json" ? { comments: await listComments(articleId) } : undefined;
  return exportArticle(await loadArticleModel(articleId), format, extras);
}
