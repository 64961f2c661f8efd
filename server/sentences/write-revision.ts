import "server-only";
import { isReviewable, type RevisionKind, type SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { hter } from "@/lib/ter";
import { approvedReadOnlyMessage, isEditableState, toArticleState } from "@/lib/workflow";
import type { Actor } from "@/server/auth/actor";
import { db, type DbClient } from "@/server/db";
import { queueCorrection } from "@/server/memory/pending-corrections";
import { conflictError, findSentenceView, rowHter, sentenceView, type SentenceView } from "./sentence-view";
import { announceEvent } from "@/server/events/record-event";
import { commitWrite, readForWrite } from "./save-group";
import { findSentenceForWrite, type PlannedWrite, type SentenceForWrite, writeStatements } from "./save-statements";

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
 *
 * Read the sentence with its article's state, check and decide the write (`planWrite`), then run the
 * write's four statements as ONE batch (save-statements.ts), together with the writes of other requests
 * that arrived meanwhile (group commit, save-group.ts): Prisma runs a batch back to back, where an
 * interactive transaction went back to the event loop between its statements and so held SQLite's one
 * write lock while other requests ran. Each statement requires the version and state that were read, so
 * a write that came in between makes the batch change nothing, and the same checks on the sentence as it
 * is now give the refusal (a conflict; the read-only error if the article was approved meanwhile). The
 * answer is built from what the write knows instead of being read back; the correction memory is queued
 * and written a moment later (server/memory/pending-corrections.ts).
 */
export async function writeRevision(change: SentenceChange): Promise<SentenceView> {
  const current = await readForWrite(change.sentenceId);
  const plan = await planWrite(db, current, change);
  if (!plan || !current) return findSentenceView(db, change.sentenceId);
  const committed = await commitWrite(plan);
  if (committed === null) {
    await planWrite(db, await findSentenceForWrite(db, change.sentenceId), change);
    throw await conflictError(db, change.sentenceId);
  }
  await announceEvent(db, plan.articleId, committed.eventId);
  return written(change, current, plan, committed.at);
}

/** `writeRevision` inside the caller's transaction, so several sentences change together or not at all. */
export async function writeRevisionIn(tx: DbClient, change: SentenceChange): Promise<SentenceView> {
  const current = await findSentenceForWrite(tx, change.sentenceId);
  const plan = await planWrite(tx, current, change);
  if (!plan || !current) return findSentenceView(tx, change.sentenceId);
  const at = new Date();
  const [compareAndSet, revision, event, touch] = writeStatements(tx, [plan], at);
  if ((await compareAndSet) !== 1) throw await conflictError(tx, change.sentenceId);
  await revision;
  const [row] = await event;
  await touch;
  await announceEvent(tx, plan.articleId, Number(row.id));
  return written(change, current, plan, at);
}

/**
 * Checks a change against the sentence as read (it exists, is at the writer's version, its article is
 * editable, it is reviewed) and decides what to write; null when there is nothing to write (`noOpWhen`).
 */
async function planWrite(client: DbClient, current: SentenceForWrite | null, change: SentenceChange): Promise<PlannedWrite | null> {
  if (!current) throw new AppError("not_found", `No sentence with id ${change.sentenceId}.`);
  if (current.version !== change.version || current.removed) throw await conflictError(client, change.sentenceId);
  if (!isEditableState(toArticleState(current.articleState))) {
    throw new AppError("conflict", approvedReadOnlyMessage, { state: current.articleState });
  }
  if (!isReviewable(current.block)) {
    throw new AppError("unprocessable", "This is a verbatim block (code, raw HTML or a thematic break): it is kept as imported and is not reviewed.");
  }
  if (change.noOpWhen?.({ text: current.text, status: current.status as SentenceStatus })) return null;
  const text = change.text ?? current.text;
  return {
    sentenceId: change.sentenceId,
    articleId: current.articleId,
    articleState: current.articleState,
    fromVersion: change.version,
    text,
    status: change.status ?? statusAfterEdit(current.sourceText, text),
    hter: text === current.text ? rowHter(current) : hter(current.sourceText, text),
    kind: change.kind,
    authorId: change.actor.id,
    changeSetId: change.changeSetId ?? null,
    note: change.note ?? null,
  };
}

/** After a write: the memory queued, and the sentence as it now is. */
function written(change: SentenceChange, current: SentenceForWrite, plan: PlannedWrite, at: Date): SentenceView {
  if (plan.text !== current.text) queueCorrection(change.sentenceId, plan.text, change.actor.id);
  const author = { id: change.actor.id, name: change.actor.name, email: change.actor.email };
  return sentenceView(
    { ...current, text: plan.text, status: plan.status, version: plan.fromVersion + 1, hter: plan.hter, updatedAt: at },
    { kind: change.kind, author, createdAt: at.toISOString() },
  );
}
