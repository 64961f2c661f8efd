import "server-only";
import { isReviewable, type RevisionKind, type SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { hter } from "@/lib/ter";
import { approvedReadOnlyMessage, isEditableState, toArticleState } from "@/lib/workflow";
import type { Actor } from "@/server/auth/actor";
import { db, type DbClient } from "@/server/db";
import { queueCorrection } from "@/server/memory/pending-corrections";
import { conflictError, findSentenceView, rowHter, sentenceView, type SentenceView } from "./sentence-view";
import { recordEvent } from "@/server/events/record-event";
import { compareAndSetSentence, findSentenceForWrite, insertRevision, touchArticle } from "./save-statements";

export interface SentenceChange {
  actor: Actor;
  sentenceId: number;
  /** The version the writer started from. */
  version: number;
  kind: RevisionKind;
  /** The new text; when omitted the text stays as it is. */
  text?: string;
  /** The status after the change; when omitted, UNTOUCHED if the text is the MT again, else EDITED. */
  status?: SentenceStatus;
  /** When this holds for the current sentence, nothing is written and the current sentence is returned. */
  noOpWhen?: (current: { text: string; status: SentenceStatus }) => boolean;
  /** The change set this revision belongs to (find and replace, bulk revert). */
  changeSetId?: string;
  note?: string;
}

/** Status after an edit: back to the MT text is UNTOUCHED, anything else EDITED (and needs confirming again). */
export function statusAfterEdit(sourceText: string, text: string): SentenceStatus {
  return text === sourceText ? "UNTOUCHED" : "EDITED";
}

/**
 * The one way a sentence changes: a compare-and-set on its version plus an append-only revision, in one
 * transaction. A stale version gets a conflict carrying the current sentence; nothing is overwritten.
 */
export async function writeRevision(change: SentenceChange): Promise<SentenceView> {
  return db.$transaction((tx) => writeRevisionIn(tx, change));
}

/**
 * `writeRevision` inside the caller's transaction, so several sentences change together or not at all.
 * Four statements (save-statements.ts): read the sentence with its article's state, the compare-and-set
 * update (which also stores the HTER), the revision insert and the article's updatedAt; plus the live
 * event. The answer is built from what the transaction knows instead of being read back. The correction
 * memory is queued and written a moment later (server/memory/pending-corrections.ts).
 */
export async function writeRevisionIn(tx: DbClient, change: SentenceChange): Promise<SentenceView> {
  const current = await findSentenceForWrite(tx, change.sentenceId);
  if (!current) throw new AppError("not_found", `No sentence with id ${change.sentenceId}.`);
  if (current.version !== change.version || current.removed) throw await conflictError(tx, change.sentenceId);
  if (!isEditableState(toArticleState(current.articleState))) {
    throw new AppError("conflict", approvedReadOnlyMessage, { state: current.articleState });
  }
  if (!isReviewable(current.block)) {
    throw new AppError("unprocessable", "This is a verbatim block (code, raw HTML or a thematic break): it is kept as imported and is not reviewed.");
  }
  const status = current.status as SentenceStatus;
  if (change.noOpWhen?.({ text: current.text, status })) return findSentenceView(tx, change.sentenceId);

  const text = change.text ?? current.text;
  const nextStatus = change.status ?? statusAfterEdit(current.sourceText, text);
  const nextHter = text === current.text ? rowHter(current) : hter(current.sourceText, text);
  const version = change.version + 1;
  const now = new Date();
  const updated = await compareAndSetSentence(tx, { id: change.sentenceId, version: change.version, text, status: nextStatus, hter: nextHter, updatedAt: now });
  if (!updated) throw await conflictError(tx, change.sentenceId);
  await insertRevision(tx, {
    sentenceId: change.sentenceId,
    articleId: current.articleId,
    kind: change.kind,
    text,
    status: nextStatus,
    version,
    authorId: change.actor.id,
    createdAt: now,
    changeSetId: change.changeSetId ?? null,
    note: change.note ?? null,
  });
  if (text !== current.text) queueCorrection(change.sentenceId, text, change.actor.id);
  await recordEvent(tx, { articleId: current.articleId, type: "sentence", action: change.kind, sentenceId: change.sentenceId, version, actorId: change.actor.id });
  await touchArticle(tx, current.articleId, now);
  const author = { id: change.actor.id, name: change.actor.name, email: change.actor.email };
  return sentenceView(
    { ...current, text, status: nextStatus, version, hter: nextHter, updatedAt: now },
    { kind: change.kind, author, createdAt: now.toISOString() },
  );
}
