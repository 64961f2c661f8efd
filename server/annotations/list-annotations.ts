import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";

/** The article's live annotations, in sentence order then by position in the text. */
export async function listAnnotations(actor: Actor, articleId: number): Promise<AnnotationView[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const rows = await db.annotation.findMany({
    where: { articleId, deletedAt: null, sentence: { removedAt: null } },
    include: annotationInclude,
    orderBy: [{ sentence: { position: "asc" } }, { start: "asc" }, { id: "asc" }],
  });
  return rows.map((row) => toAnnotationView(row, actor));
}
