import "server-only";
import type { RevisionKind, SentenceStatus } from "@/lib/article";
import type { Actor } from "@/server/auth/actor";
import { db, type DbClient } from "@/server/db";
import { rememberCorrection } from "@/server/memory/remember-correction";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { conflictError, findSentenceView, type SentenceView } from "./sentence-view";

export interface SentenceChange {
  actor: Actor;
  sentenceId: number;
  /** The version the writer started from. */
  version: number;
  kind: RevisionKind;
  text: string;
  status: SentenceStatus;
  /** The change set this revision belongs to (find and replace, bulk revert). */
  changeSetId?: string;
  note?: string;
}

/**
 * The one way a sentence changes: a compare-and-set on its version plus an append-only revision, in one
 * transaction. A stale version gets a conflict carrying the current sentence; nothing is overwritten.
 */
export async function writeRevision(change: SentenceChange): Promise<SentenceView> {
  return db.$transaction((tx) => writeRevisionIn(tx, change));
}

/** `writeRevision` inside the caller's transaction, so several sentences change together or not at all. */
export async function writeRevisionIn(tx: DbClient, change: SentenceChange): Promise<SentenceView> {
  const next = change.version + 1;
  const updated = await tx.sentence.updateMany({
    where: { id: change.sentenceId, version: change.version, removedAt: null },
    data: { text: change.text, status: change.status, version: next },
  });
  if (updated.count === 0) throw await conflictError(tx, change.sentenceId);
  const sentence = await tx.sentence.findUniqueOrThrow({ where: { id: change.sentenceId }, select: { articleId: true } });
  await assertArticleEditable(tx, sentence.articleId);
  await tx.revision.create({
    data: {
      sentenceId: change.sentenceId,
      articleId: sentence.articleId,
      kind: change.kind,
      text: change.text,
      status: change.status,
      version: next,
      authorId: change.actor.id,
      changeSetId: change.changeSetId,
      note: change.note,
    },
  });
  await tx.article.update({ where: { id: sentence.articleId }, data: { updatedAt: new Date() } });
  await rememberCorrection(tx, { sentenceId: change.sentenceId, text: change.text, authorId: change.actor.id });
  return findSentenceView(tx, change.sentenceId);
}
