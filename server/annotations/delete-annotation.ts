import "server-only";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { findModifiableAnnotation } from "./annotation-view";

/** Soft delete: the row keeps its content and gets `deletedAt`, so it stays in the history. */
export async function deleteAnnotation(options: { actor: Actor; annotationId: number }): Promise<void> {
  const current = await findModifiableAnnotation(options.actor, options.annotationId);
  await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, current.articleId);
    await tx.annotation.update({ where: { id: current.id }, data: { deletedAt: new Date() } });
  });
}
