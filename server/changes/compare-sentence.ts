import "server-only";
import type { RevisionView } from "@/lib/api-types";
import { wordDiff, type DiffPart } from "@/lib/diff/word-diff";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { listRevisions } from "@/server/sentences/list-revisions";

export interface SentenceComparison {
  from: RevisionView;
  to: RevisionView;
  diff: DiffPart[];
}

/**
 * Two revisions of a sentence's history (including the sentences it was split or merged from) side by
 * side, with the word diff from the first to the second.
 */
export async function compareSentence(options: { sentenceId: number; from: number; to: number }): Promise<SentenceComparison> {
  const history = await listRevisions(options.sentenceId);
  const find = (id: number) => {
    const found = history.find((revision) => revision.id === id);
    if (!found) throw new AppError("not_found", `Sentence ${options.sentenceId} has no revision ${id}.`);
    return found;
  };
  const from = find(options.from);
  const to = find(options.to);
  const sentence = await db.sentence.findUniqueOrThrow({ where: { id: options.sentenceId }, select: { article: { select: { targetLang: true } } } });
  return { from, to, diff: wordDiff(from.text, to.text, sentence.article.targetLang) };
}
