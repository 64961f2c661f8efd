import "server-only";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";

/**
 * The article's live annotations, in sentence order then by position in the text. An unknown article has
 * none: a caller that has not read the article checks it first (`requireArticle`).
 */
export async function listAnnotations(actor: Actor, articleId: number): Promise<AnnotationView[]> {
  const rows = await db.annotation.findMany({
    where: { articleId, deletedAt: null, sentence: { removedAt: null } },
    include: annotationInclude,
    orderBy: [{ sentence: { position: "asc" } }, { start: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => toAnnotationView(row, actor));
}
