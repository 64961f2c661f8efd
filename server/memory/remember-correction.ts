import "server-only";
import { extractSubstitutions, normalizeSegment } from "@/lib/memory";
import { countWords } from "@/lib/effort";
import { terStats } from "@/lib/ter";
import type { DbClient } from "@/server/db";
import { recountFixes, type FixKey } from "./learned-fixes";
import { mtHash, tokenCount } from "./memory-key";

const fixKey = (k: FixKey) => `${k.fromText}\u0000${k.toText}`;

/**
 * Keeps the correction memory in step with a sentence's new text, inside the write's transaction: the
 * sentence's (MT, correction) entry follows its latest text (removed when the text is the MT again), and
 * its word substitutions, with the learned-fix counts they feed, are updated. Called by writeRevisionIn
 * when a write changes the text; it reads nothing the write already knows.
 */
export interface CorrectionChange {
  sentenceId: number;
  articleId: number;
  /** The sentence's MT, and its article's language pair. */
  sourceText: string;
  sourceLang: string;
  targetLang: string;
  /** The new text. */
  text: string;
  authorId: number;
}

export async function rememberCorrection(tx: DbClient, change: CorrectionChange): Promise<void> {
  const { sourceLang, targetLang } = change;
  const sentence = { sourceText: change.sourceText, articleId: change.articleId };
  const corrected = normalizeSegment(change.text) !== normalizeSegment(sentence.sourceText);

  if (corrected) {
    const stats = terStats(sentence.sourceText, change.text);
    const data = {
      sourceLang,
      targetLang,
      mtHash: mtHash(sentence.sourceText),
      mtText: sentence.sourceText,
      correction: change.text,
      tokens: tokenCount(sentence.sourceText),
      mtWords: countWords(sentence.sourceText),
      edits: Math.round(stats.edits),
      refWords: stats.refLength,
      hter: stats.refLength > 0 ? Math.min(1, stats.edits / stats.refLength) : stats.edits > 0 ? 1 : 0,
      articleId: sentence.articleId,
      authorId: change.authorId,
    };
    await tx.memoryEntry.upsert({ where: { sentenceId: change.sentenceId }, create: { ...data, sentenceId: change.sentenceId }, update: data });
  } else {
    await tx.memoryEntry.deleteMany({ where: { sentenceId: change.sentenceId } });
  }

  const wanted = corrected ? extractSubstitutions(sentence.sourceText, change.text, targetLang).map((s) => ({ sourceLang, targetLang, fromText: s.from, toText: s.to })) : [];
  const existing = await tx.fixOccurrence.findMany({ where: { sentenceId: change.sentenceId } });
  const wantedKeys = new Set(wanted.map(fixKey));
  const existingKeys = new Set(existing.map(fixKey));
  const removed = existing.filter((row) => !wantedKeys.has(fixKey(row)));
  const added = wanted.filter((key) => !existingKeys.has(fixKey(key)));
  if (removed.length === 0 && added.length === 0) return;
  if (removed.length > 0) await tx.fixOccurrence.deleteMany({ where: { id: { in: removed.map((row) => row.id) } } });
  if (added.length > 0) {
    await tx.fixOccurrence.createMany({
      data: added.map((key) => ({ ...key, sentenceId: change.sentenceId, articleId: sentence.articleId, authorId: change.authorId })),
    });
  }
  // Occurrences keep their first author: a later edit elsewhere in the sentence does not take credit.
  const changed = [...removed.map(({ sourceLang: s, targetLang: t, fromText, toText }) => ({ sourceLang: s, targetLang: t, fromText, toText })), ...added];
  await recountFixes(tx, changed);
}
