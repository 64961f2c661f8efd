import "server-only";
import { verbatimBlockTypes } from "@/lib/article";
import { z } from "zod";
import { describeReplace, type FindOptions, type FindReplacePreview, type FindReplaceResult } from "@/lib/find-replace";
import { AppError } from "@/lib/errors";
import { applySelection, type SkippedMatches } from "@/lib/replace-selection";
import type { Actor } from "@/server/auth/actor";
import { db, type DbClient } from "@/server/db";
import { statusAfterEdit } from "@/server/sentences/update-sentence";
import { writeRevisionIn } from "@/server/sentences/write-revision";
import { findAndReplaceBounded } from "./scan-in-worker";
import { createChangeSet, findChangeSetView, listRefs, refOf, sentenceNumbers, type SentenceRef } from "./change-set";
import { requireArticle } from "@/server/articles/require-article";
import { findReplaceBody, applyFindReplaceBody } from "@/lib/api/bodies";

export { findReplaceBody, applyFindReplaceBody };

async function matchArticle(client: DbClient, articleId: number, options: FindOptions): Promise<FindReplacePreview> {
  await requireArticle(client, articleId);
  const rows = await client.sentence.findMany({
    where: { articleId, removedAt: null, block: { notIn: [...verbatimBlockTypes] } },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, text: true, version: true },
  });
  const numbered = rows.map((row, index) => ({ id: { ...row, number: index + 1 }, text: row.text }));
  const hits = (await findAndReplaceBounded(numbered, options)).map(({ id: row, before, after, hits: matches }) => ({
    sentenceId: row.id,
    number: row.number,
    before,
    after,
    version: row.version,
    matches,
  }));
  return { hits, total: hits.reduce((sum, hit) => sum + hit.matches.length, 0) };
}

/** What a find and replace would change, sentence by sentence; stores nothing. */
export function previewFindReplace(options: { articleId: number } & FindOptions): Promise<FindReplacePreview> {
  return matchArticle(db, options.articleId, options);
}

/**
 * Applies a previewed find and replace as one change set: one EDIT revision per sentence, all in one
 * transaction. When any sentence changed since the preview (or newly matches), nothing is applied.
 * The scan (a regular expression in a worker, for up to its time budget) runs before the transaction,
 * which holds the database for every other request while it is open; each hit's revision is then written
 * only at the version the scan read (writeRevisionIn), so a sentence changed meanwhile is a conflict.
 */
export async function applyFindReplace(
  options: { actor: Actor; articleId: number; versions: Record<string, number>; skip?: SkippedMatches } & FindOptions,
): Promise<FindReplaceResult> {
  const preview = await matchArticle(db, options.articleId, options);
  return db.$transaction(async (tx) => {
    if (preview.hits.length === 0) throw new AppError("unprocessable", "Nothing in the article matches: nothing was replaced.");
    const selected = applySelection(preview.hits, options.skip);
    if (selected.length === 0) throw new AppError("unprocessable", "Every match was unticked: nothing was replaced.");
    const numbers = await sentenceNumbers(tx, options.articleId);
    const stale: SentenceRef[] = preview.hits.filter((hit) => options.versions[hit.sentenceId] !== hit.version).map((hit) => refOf(numbers, hit.sentenceId));
    for (const [id, version] of Object.entries(options.versions)) {
      const sentenceId = Number(id);
      if (preview.hits.some((hit) => hit.sentenceId === sentenceId)) continue;
      const now = await tx.sentence.findUnique({ where: { id: sentenceId }, select: { version: true, articleId: true } });
      if (now?.articleId === options.articleId && now.version !== version) stale.push(refOf(numbers, sentenceId));
    }
    if (stale.length > 0) {
      throw new AppError("conflict", `The article changed since the preview (${listRefs(stale)}): preview again. Nothing was replaced.`, {
        changed: stale,
      });
    }
    const changeSetId = await createChangeSet(tx, {
      actor: options.actor,
      articleId: options.articleId,
      kind: "REPLACE",
      description: describeReplace(options, selected.length),
    });
    for (const hit of selected) {
      const sentence = await tx.sentence.findUniqueOrThrow({ where: { id: hit.sentenceId }, select: { sourceText: true } });
      await writeRevisionIn(tx, {
        actor: options.actor,
        sentenceId: hit.sentenceId,
        version: hit.version,
        kind: "EDIT",
        text: hit.after,
        status: statusAfterEdit(sentence.sourceText, hit.after),
        changeSetId,
      });
    }
    return { changeSet: await findChangeSetView(tx, changeSetId), hits: selected };
  });
}
