import "server-only";
import { positionStep, type RevisionKind, type SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { hter } from "@/lib/ter";
import type { Actor } from "@/server/auth/actor";
import type { DbClient } from "@/server/db";
import { mtHash } from "@/server/memory/memory-key";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { conflictError, findSentenceView, type SentenceView } from "./sentence-view";
import { recordEvent } from "@/server/events/record-event";

// Shared steps of split, merge and their undo: every sentence they touch gets a revision.

export interface StructureChange {
  /** Sentences that left the article (kept, with their history). */
  removed: number[];
  /** Sentences that joined it, in article order. */
  sentences: SentenceView[];
}

export async function activeSentence(tx: DbClient, id: number) {
  const sentence = await tx.sentence.findUnique({ where: { id } });
  if (!sentence) throw new AppError("not_found", `No sentence with id ${id}.`);
  if (sentence.removedAt) throw await conflictError(tx, id);
  return sentence;
}

/** Takes a sentence out of the article if it is still at `version`; a conflict otherwise. */
export async function removeSentence(
  tx: DbClient,
  options: { actor: Actor; id: number; version: number; kind: RevisionKind; note: string; mergedIntoId?: number },
): Promise<void> {
  const next = options.version + 1;
  const done = await tx.sentence.updateMany({
    where: { id: options.id, version: options.version, removedAt: null },
    data: { removedAt: new Date(), version: next, mergedIntoId: options.mergedIntoId },
  });
  if (done.count === 0) throw await conflictError(tx, options.id);
  const sentence = await tx.sentence.findUniqueOrThrow({ where: { id: options.id } });
  await assertArticleEditable(tx, sentence.articleId);
  await addRevision(tx, { ...options, articleId: sentence.articleId, text: sentence.text, status: sentence.status, version: next });
}

/** Brings a removed sentence back into the article. */
export async function restoreSentence(tx: DbClient, options: { actor: Actor; id: number; note: string }): Promise<void> {
  const sentence = await tx.sentence.findUniqueOrThrow({ where: { id: options.id } });
  const next = sentence.version + 1;
  const done = await tx.sentence.updateMany({
    where: { id: options.id, version: sentence.version, removedAt: { not: null } },
    data: { removedAt: null, mergedIntoId: null, version: next },
  });
  if (done.count === 0) throw await conflictError(tx, options.id);
  await addRevision(tx, { ...options, kind: "UNDO", articleId: sentence.articleId, text: sentence.text, status: sentence.status, version: next });
}

export interface NewSentence {
  articleId: number;
  position: number;
  paragraph: number;
  block: string;
  prefix: string;
  trailing: string;
  sourceText: string;
  text: string;
  status: SentenceStatus;
  originalText: string | null;
  splitFromId?: number;
}

/** Creates a sentence made by a split or merge, with its first revision. */
export async function createSentence(tx: DbClient, options: { actor: Actor; data: NewSentence; kind: RevisionKind; note: string }) {
  await assertArticleEditable(tx, options.data.articleId);
  const sentence = await tx.sentence.create({ data: { ...options.data, hter: hter(options.data.sourceText, options.data.text), mtHash: mtHash(options.data.sourceText) } });
  await addRevision(tx, {
    actor: options.actor,
    id: sentence.id,
    articleId: sentence.articleId,
    kind: options.kind,
    text: sentence.text,
    status: sentence.status,
    version: 1,
    note: options.note,
  });
  return sentence;
}

async function addRevision(
  tx: DbClient,
  options: { actor: Actor; id: number; articleId: number; kind: RevisionKind; text: string; status: string; version: number; note: string },
) {
  await tx.revision.create({
    data: {
      sentenceId: options.id,
      articleId: options.articleId,
      kind: options.kind,
      text: options.text,
      status: options.status,
      version: options.version,
      authorId: options.actor.id,
      note: options.note,
    },
  });
  await recordEvent(tx, { articleId: options.articleId, type: "sentence", action: options.kind, sentenceId: options.id, version: options.version, actorId: options.actor.id });
}

/** A position after `position` and before the next active sentence; spreads the rest out only when no gap is left. */
export async function positionAfter(tx: DbClient, articleId: number, position: number): Promise<number> {
  const next = await tx.sentence.findFirst({
    where: { articleId, removedAt: null, position: { gt: position } },
    orderBy: { position: "asc" },
    select: { position: true },
  });
  if (!next) return position + positionStep;
  if (next.position - position >= 2) return position + Math.floor((next.position - position) / 2);
  await tx.sentence.updateMany({ where: { articleId, position: { gt: position } }, data: { position: { increment: positionStep } } });
  return position + Math.floor(positionStep / 2);
}

export async function finish(tx: DbClient, articleId: number, removed: number[], created: number[]): Promise<StructureChange> {
  await tx.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
  const sentences = await Promise.all(created.map((id) => findSentenceView(tx, id)));
  sentences.sort((a, b) => a.position - b.position || a.id - b.id);
  return { removed, sentences };
}
