import "server-only";
import type { CommentView } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { commentInclude, toCommentView } from "./comment-view";

/** Every comment on the article's sentences, oldest first; group by `parentId ?? id` for threads. */
export async function listComments(articleId: number): Promise<CommentView[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const rows = await db.comment.findMany({ where: { articleId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: commentInclude });
  return rows.map(toCommentView);
}
