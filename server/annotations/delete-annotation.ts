import "server-only";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { findModifiableAnnotation } from "./annotation-view";
import { recordEvent } from "@/server/events/record-event";

/** Soft delete: the row keeps its content and gets `deletedAt`, so it stays in the history. */
export async function deleteAnnotation(options: { actor: Actor; annotationId: number }): Promise<void> {
  const current = await findModifiableAnnotation(options.actor, options.annotationId);
  await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, current.articleId);
    const row = await tx.annotation.update({ where: { id: current.id }, data: { deletedAt: new Date() } });
    await recordEvent(tx, { articleId: row.articleId, type: "annotation", action: "deleted", sentenceId: row.sentenceId, targetId: row.id, actorId: options.actor.id });
  });
}
