import "server-only";
import { z } from "zod";
import type { CommentView } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { commentInclude, maxCommentLength, toCommentView } from "./comment-view";
import { commentBody } from "@/lib/api/bodies";
import { recordEvent } from "@/server/events/record-event";

export { commentBody };

/**
 * Starts a thread on a sentence, or replies to one (a reply to a reply joins the same thread).
 * Bodies are stored as plain text; the UI renders them as text, never as HTML.
 */
export async function addComment(options: { actor: Actor; sentenceId: number; input: z.infer<typeof commentBody> }): Promise<CommentView> {
  const { actor, sentenceId, input } = options;
  const sentence = await db.sentence.findFirst({ where: { id: sentenceId, removedAt: null }, select: { id: true, articleId: true } });
  if (!sentence) throw new AppError("not_found", `No sentence with id ${sentenceId}.`);
  let parentId: number | null = null;
  if (input.parentId !== undefined) {
    const parent = await db.comment.findUnique({ where: { id: input.parentId }, select: { id: true, parentId: true, sentenceId: true } });
    if (!parent || parent.sentenceId !== sentence.id) {
      throw new AppError("unprocessable", `No comment with id ${input.parentId} on this sentence to reply to.`);
    }
    parentId = parent.parentId ?? parent.id;
  }
  await assertArticleEditable(db, sentence.articleId);
  const row = await db.comment.create({
    data: { sentenceId: sentence.id, articleId: sentence.articleId, parentId, body: input.body, authorId: actor.id },
    include: commentInclude,
  });
  await recordEvent(db, { articleId: sentence.articleId, type: "comment", action: "added", sentenceId: sentence.id, targetId: row.id, actorId: actor.id });
  return toCommentView(row);
}
