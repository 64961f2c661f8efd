import "server-only";
import type { CommentView } from "@/lib/api-types";
import { db } from "@/server/db";
import { commentInclude, toCommentView } from "./comment-view";

/**
 * Every comment on the article's sentences, oldest first; group by `parentId ?? id` for threads. An unknown
 * article has none: a caller that has not read the article checks it first (`requireArticle`).
 */
export async function listComments(articleId: number): Promise<CommentView[]> {
  const rows = await db.comment.findMany({ where: { articleId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: commentInclude });
  return rows.map(toCommentView);
}
