import "server-only";
import { wordDiff, type DiffPart } from "@/lib/diff/word-diff";
import { db } from "@/server/db";
import { requireArticle } from "@/server/articles/require-article";

export interface ComparedSentence {
  sentenceId: number;
  position: number;
  /** The text as of `from` / `to`; null when the sentence was not in the article then (not yet there, or split or merged away). */
  from: string | null;
  to: string | null;
  diff: DiffPart[];
}

export interface ArticleComparison {
  from: string;
  to: string;
  sentences: ComparedSentence[];
  /** Sentences whose text differs between the two dates (including ones added or removed). */
  changed: number;
}

interface Step {
  kind: string;
  text: string;
  version: number;
  createdAt: Date;
}

/**
 * A sentence's text as of a date, replaying its revisions: the latest revision at or before the date gives
 * the text; a split or merge at version > 1 takes it out of the article, an undo puts it back or takes it out.
 */
function textAsOf(steps: Step[], date: Date): string | null {
  let present = false;
  let text: string | null = null;
  for (const step of steps) {
    if (step.createdAt > date) break;
    if (step.version === 1) present = true;
    else if (step.kind === "SPLIT" || step.kind === "MERGE") present = false;
    else if (step.kind === "UNDO") present = !present;
    text = step.text;
  }
  return present ? text : null;
}

/** The article as it read at two points in time, sentence by sentence, with a word-level redline. */
export async function compareArticle(options: { articleId: number; from: Date; to: Date }): Promise<ArticleComparison> {
  await requireArticle(db, options.articleId);
  const { targetLang } = await db.article.findUniqueOrThrow({ where: { id: options.articleId }, select: { targetLang: true } });
  const sentences = await db.sentence.findMany({
    where: { articleId: options.articleId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      position: true,
      revisions: { orderBy: [{ version: "asc" }, { id: "asc" }], select: { kind: true, text: true, version: true, createdAt: true } },
    },
  });
  const compared: ComparedSentence[] = [];
  for (const sentence of sentences) {
    const from = textAsOf(sentence.revisions, options.from);
    const to = textAsOf(sentence.revisions, options.to);
    if (from === null && to === null) continue;
    compared.push({ sentenceId: sentence.id, position: sentence.position, from, to, diff: wordDiff(from ?? "", to ?? "", targetLang) });
  }
  return {
    from: options.from.toISOString(),
    to: options.to.toISOString(),
    sentences: compared,
    changed: compared.filter((sentence) => sentence.from !== sentence.to).length,
  };
}
