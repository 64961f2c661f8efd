// JSON: the audit bundle — the article, every sentence with its full revision history, and extras.

import type { ArticleModel } from "@/lib/article";
import { orderedRevisions, orderedSentences } from "./shared";

/** Optional data the JSON bundle carries beside the article (shapes owned by their features). */
export interface ExportExtras {
  annotations?: unknown[];
  comments?: unknown[];
  quality?: Record<string, unknown>;
  /** Export time to record (ISO 8601); now when absent. */
  exportedAt?: string;
}

/**
 * `{ format: "redline-article", version: 1, exportedAt, article, sentences, annotations?, comments?,
 * quality? }`; sentences in article order, each with its revisions in time order.
 */
export function toJsonBundle(article: ArticleModel, extras: ExportExtras = {}): string {
  const bundle: Record<string, unknown> = {
    format: "redline-article",
    version: 1,
    exportedAt: extras.exportedAt ?? new Date().toISOString(),
    article: {
      id: article.id,
      title: article.title,
      sourceLang: article.sourceLang,
      targetLang: article.targetLang,
      createdAt: article.createdAt,
      updatedAt: article.updatedAt,
      createdBy: { name: article.createdBy.name, email: article.createdBy.email },
      leading: article.leading,
    },
    sentences: orderedSentences(article).map((sentence) => ({
      id: sentence.id,
      position: sentence.position,
      paragraph: sentence.paragraph,
      block: sentence.block,
      prefix: sentence.prefix,
      trailing: sentence.trailing,
      sourceText: sentence.sourceText,
      text: sentence.text,
      status: sentence.status,
      version: sentence.version,
      originalText: sentence.originalText,
      revisions: orderedRevisions(sentence).map((revision) => ({
        id: revision.id,
        kind: revision.kind,
        text: revision.text,
        status: revision.status,
        version: revision.version,
        author: { name: revision.author.name, email: revision.author.email },
        createdAt: revision.createdAt,
      })),
    })),
  };
  if (extras.annotations !== undefined) bundle.annotations = extras.annotations;
  if (extras.comments !== undefined) bundle.comments = extras.comments;
  if (extras.quality !== undefined) bundle.quality = extras.quality;
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
