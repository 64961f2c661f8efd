import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { createChangeSet, findChangeSetView, listRefs, refOf, sentenceNumbers, type ChangeSetView, type SentenceRef } from "./change-set";
import { restoreState, stateAt } from "./restore";

/**
 * Undoes a whole change set as a new REVERT change set: each sentence it touched gets back the text and
 * status it had before. Only when none of them changed since; otherwise a conflict naming them, and nothing is applied.
 */
export async function revertChangeSet(options: { actor: Actor; changeSetId: string }): Promise<ChangeSetView> {
  return db.$transaction(async (tx) => {
    const original = await findChangeSetView(tx, options.changeSetId);
    const revisions = await tx.revision.findMany({
      where: { changeSetId: options.changeSetId },
      orderBy: { version: "asc" },
      select: { sentenceId: true, version: true },
    });
    // Per sentence: the version before the change set's first revision, and the version it left.
    const span = new Map<number, { before: number; after: number }>();
    for (const revision of revisions) {
      const known = span.get(revision.sentenceId);
      span.set(revision.sentenceId, { before: known?.before ?? revision.version - 1, after: revision.version });
    }
    const numbers = await sentenceNumbers(tx, original.articleId);
    const changed: SentenceRef[] = [];
    for (const [sentenceId, { after }] of span) {
      const now = await tx.sentence.findUniqueOrThrow({ where: { id: sentenceId }, select: { version: true, removedAt: true } });
      if (now.version !== after || now.removedAt) changed.push(refOf(numbers, sentenceId));
    }
    if (changed.length > 0) {
      throw new AppError("conflict", `Changed since this change set: ${listRefs(changed)}. Nothing was reverted.`, { changed });
    }
    const changeSetId = await createChangeSet(tx, {
      actor: options.actor,
      articleId: original.articleId,
      kind: "REVERT",
      description: `Revert: ${original.description}`,
    });
    const note = `Revert of change set ${original.id}`;
    for (const [sentenceId, { before, after }] of span) {
      const state = await stateAt(tx, sentenceId, before);
      if (state) await restoreState(tx, { actor: options.actor, sentenceId, version: after, state, changeSetId, note });
    }
    return findChangeSetView(tx, changeSetId);
  });
}
