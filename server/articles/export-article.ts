import "server-only";
import { AppError } from "@/lib/errors";
import { deflateSync } from "node:zlib";
import { exportArticle, exportFormats, isExportFormat, type ExportFile } from "@/lib/export";
import { toRedlineHtml } from "@/lib/export/html";
import { redlinePdfSteps } from "@/lib/export/pdf";
import { redlineOf } from "@/lib/export/redline";
import { exportFilename } from "@/lib/export/shared";
import { listAnnotations } from "@/server/annotations/list-annotations";
import type { Actor } from "@/server/auth/actor";
import { listComments } from "@/server/comments/list-comments";
import { articleQuality } from "@/server/quality/article-quality";
import { runSteps } from "@/server/run-steps";
import { loadArticleModel } from "./load-article-model";
import { printPdf } from "./print-pdf";

/** Every format a download can ask for: lib's formats, and "pdf" (the redline, typeset or printed by Chromium here). */
export const downloadFormats = [...exportFormats, "pdf"] as const;

/** The article as a downloadable file in one of the export formats. */
export async function exportArticleFile(articleId: number, format: string): Promise<ExportFile> {
  if (format === "pdf") {
    const article = await loadArticleModel(articleId);
    const filename = exportFilename(article, "-redline.pdf");
    // Typeset here when the standard fonts can show the text; printed by Chromium otherwise (other scripts).
    const redline = redlineOf(article);
    const typeset = await runSteps(redlinePdfSteps(article, redline, (bytes) => deflateSync(bytes)));
    const body = typeset ?? (await printPdf(toRedlineHtml(article, redline)));
    return { body, contentType: "application/pdf", filename };
  }
  if (!isExportFormat(format)) {
    throw new AppError("bad_request", `Unknown export format "${format}". Use one of: ${downloadFormats.join(", ")}.`);
  }
  const extras = format === "json" ? await auditExtras(articleId) : undefined;
  return exportArticle(await loadArticleModel(articleId), format, extras);
}

/** Annotations are listed as a reader sees them: the bundle is the same whoever downloads it. */
const bundleReader: Actor = { id: 0, email: "", name: "export", role: "VIEWER" };

/** The JSON bundle's extras: comments, annotations (without the asker's canModify) and the quality figures. */
async function auditExtras(articleId: number) {
  const [comments, annotations, quality] = await Promise.all([
    listComments(articleId),
    listAnnotations(bundleReader, articleId),
    articleQuality(articleId),
  ]);
  return { comments, annotations: annotations.map(({ canModify: _, ...annotation }) => annotation), quality: { ...quality } };
}
