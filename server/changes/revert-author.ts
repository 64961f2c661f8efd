import "server-only";
import { z } from "zod";
import type { SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { createChangeSet, findChangeSetView, refOf, sentenceNumbers, type ChangeSetView, type SentenceRef } from "./change-set";
import { requireArticle } from "@/server/articles/require-article";
import { restoreState, stateAt } from "./restore";
import { isoDate, revertAuthorBody } from "@/lib/api/bodies";

export { isoDate, revertAuthorBody };

export interface SkippedSentence extends SentenceRef {
  reason: string;
}

export interface RevertAuthorResult {
  /** The REVERT change set, or null when there was nothing to revert. */
  changeSet: ChangeSetView | null;
  reverted: SentenceRef[];
  skipped: SkippedSentence[];
}

/**
 * Undoes everything one author changed in an article within a time span: each sentence gets back the
 * text and status from just before the author's first revision in the span, as REVERT revisions in one
 * change set. Sentences someone changed after that (or the author changed again after the span) are skipped and reported.
 */
export async function revertAuthor(options: { actor: Actor; articleId: number; authorId: number; from: Date; to: Date }): Promise<RevertAuthorResult> {
  return db.$transaction(async (tx) => {
    await requireArticle(tx, options.articleId);
    const author = await tx.user.findUnique({ where: { id: options.authorId }, select: { name: true } });
    if (!author) throw new AppError("not_found", `No user with id ${options.authorId}.`);
    const theirs = await tx.revision.findMany({
      where: { articleId: options.articleId, authorId: options.authorId, createdAt: { gte: options.from, lte: options.to } },
      orderBy: { id: "asc" },
      select: { sentenceId: true, version: true },
    });
    const firstVersion = new Map<number, number>();
    for (const revision of theirs) if (!firstVersion.has(revision.sentenceId)) firstVersion.set(revision.sentenceId, revision.version);

    const numbers = await sentenceNumbers(tx, options.articleId);
    const plan: { sentenceId: number; version: number; state: { text: string; status: SentenceStatus } }[] = [];
    const skipped: SkippedSentence[] = [];
    for (const [sentenceId, first] of firstVersion) {
      const sentence = await tx.sentence.findUniqueOrThrow({ where: { id: sentenceId }, select: { version: true, removedAt: true, text: true, status: true } });
      const later = await tx.revision.findMany({
        where: { sentenceId, version: { gt: first } },
        include: { author: { select: { name: true } } },
        orderBy: { version: "asc" },
      });
      const other = later.find((revision) => revision.authorId !== options.authorId || revision.createdAt > options.to);
      if (sentence.removedAt) skipped.push({ ...refOf(numbers, sentenceId), reason: "it was split or merged" });
      else if (first <= 1) skipped.push({ ...refOf(numbers, sentenceId), reason: `${author.name} created it` });
      else if (other) skipped.push({ ...refOf(numbers, sentenceId), reason: `${other.author.name} changed it on ${other.createdAt.toISOString()}` });
      else {
        const state = await stateAt(tx, sentenceId, first - 1);
        if (state && (state.text !== sentence.text || state.status !== sentence.status)) plan.push({ sentenceId, version: sentence.version, state });
      }
    }
    if (plan.length === 0) return { changeSet: null, reverted: [], skipped };

    const changeSetId = await createChangeSet(tx, {
      actor: options.actor,
      articleId: options.articleId,
      kind: "REVERT",
      description: `Revert ${author.name}'s changes from ${options.from.toISOString()} to ${options.to.toISOString()}`,
    });
    const note = `Revert of ${author.name}'s changes`;
    for (const step of plan) await restoreState(tx, { actor: options.actor, sentenceId: step.sentenceId, version: step.version, state: step.state, changeSetId, note });
    const reverted = plan.map((step) => refOf(numbers, step.sentenceId));
    return { changeSet: await findChangeSetView(tx, changeSetId), reverted, skipped };
  });
}
