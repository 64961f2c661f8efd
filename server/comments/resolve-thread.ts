import "server-only";
import { z } from "zod";
import type { CommentView } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { commentInclude, toCommentView } from "./comment-view";
import { resolveBody } from "@/lib/api/bodies";
import { recordEvent } from "@/server/events/record-event";

export { resolveBody };

/** Resolves or reopens the thread a comment belongs to; answers with the thread's first comment. */
export async function resolveThread(options: { actor: Actor; commentId: number; resolved: boolean }): Promise<CommentView> {
  const comment = await db.comment.findUnique({ where: { id: options.commentId }, select: { id: true, parentId: true, articleId: true } });
  if (!comment) throw new AppError("not_found", `No comment with id ${options.commentId}.`);
  await assertArticleEditable(db, comment.articleId);
  const row = await db.comment.update({
    where: { id: comment.parentId ?? comment.id },
    data: options.resolved ? { resolvedAt: new Date(), resolvedById: options.actor.id } : { resolvedAt: null, resolvedById: null },
    include: commentInclude,
  });
  await recordEvent(db, { articleId: comment.articleId, type: "comment", action: options.resolved ? "resolved" : "reopened", sentenceId: row.sentenceId, targetId: row.id, actorId: options.actor.id });
  return toCommentView(row);
}
