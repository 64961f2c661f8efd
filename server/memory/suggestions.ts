import "server-only";
import { wordDiff } from "@/lib/diff/word-diff";
import { AppError } from "@/lib/errors";
import { lengthBand, matchScore, type ArticleSuggestionsView, type MemorySuggestion, type SentenceSuggestionsView } from "@/lib/memory";
import { db } from "@/server/db";
import { tokenCount } from "./memory-key";
import { memoryUpToDate } from "./pending-corrections";
import { sentenceMtHashes } from "./sentence-mt-hash";

/** Remembered entries scored per fuzzy lookup, newest first: bounds the work of one request. */
export const fuzzyCandidates = 500;
const maxOffers = 3;

interface EntryRow {
  id: number;
  mtText: string;
  correction: string;
  origin: string;
}

/** Entries grouped by (MT, correction), newest first, each with how many agree. */
function distinct(rows: readonly EntryRow[]): { row: EntryRow; uses: number }[] {
  const groups = new Map<string, { row: EntryRow; uses: number }>();
  for (const row of rows) {
    const key = `${row.mtText}\u0000${row.correction}`;
    const group = groups.get(key);
    if (group) group.uses += 1;
    else groups.set(key, { row, uses: 1 });
  }
  return [...groups.values()];
}

/**
 * Corrections remembered for MT like this sentence's, in its language pair: exact matches (same
 * normalised MT) and fuzzy ones (score ≥ 75, token Levenshtein, within the length band, among the 500
 * newest candidates), leaving out this sentence's own entry and corrections equal to its current text.
 */
export async function sentenceSuggestions(sentenceId: number): Promise<SentenceSuggestionsView> {
  await memoryUpToDate();
  const row = await db.sentence.findUnique({
    where: { id: sentenceId },
    select: { id: true, sourceText: true, mtHash: true, text: true, article: { select: { sourceLang: true, targetLang: true } } },
  });
  if (!row) throw new AppError("not_found", `No sentence with id ${sentenceId}.`);
  const [sentence] = await sentenceMtHashes([row]);
  const pair = { sourceLang: sentence.article.sourceLang, targetLang: sentence.article.targetLang };
  const hash = sentence.mtHash;
  const notThis = { OR: [{ sentenceId: null }, { sentenceId: { not: sentenceId } }], correction: { not: sentence.text } };
  const select = { id: true, mtText: true, correction: true, origin: true } as const;

  const exactRows = await db.memoryEntry.findMany({ where: { ...pair, ...notThis, mtHash: hash }, orderBy: { updatedAt: "desc" }, take: 200, select });
  const exact: MemorySuggestion[] = distinct(exactRows)
    .slice(0, maxOffers)
    .map(({ row, uses }) => ({ entryId: row.id, kind: "exact", score: 100, mtText: row.mtText, correction: row.correction, mtDiff: [{ kind: "equal", value: sentence.sourceText }], uses, origin: row.origin }));

  const band = lengthBand(tokenCount(sentence.sourceText));
  const candidates = await db.memoryEntry.findMany({
    where: { ...pair, ...notThis, mtHash: { not: hash }, tokens: { gte: band.min, lte: band.max } },
    orderBy: { updatedAt: "desc" },
    take: fuzzyCandidates,
    select,
  });
  const fuzzy: MemorySuggestion[] = distinct(candidates)
    .map(({ row, uses }) => ({ row, uses, score: matchScore(row.mtText, sentence.sourceText) }))
    .filter((match) => match.score >= 75)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxOffers)
    .map(({ row, uses, score }) => ({
      entryId: row.id,
      kind: "fuzzy",
      score,
      mtText: row.mtText,
      correction: row.correction,
      mtDiff: wordDiff(row.mtText, sentence.sourceText, pair.targetLang),
      uses,
      origin: row.origin,
    }));
  return { sentenceId, exact, fuzzy };
}

/**
 * The best exact match of every sentence of an article that has one: one query per 500 sentences, on
 * the memory keys stored with the sentences (nothing is hashed per request).
 */
export async function articleSuggestions(articleId: number): Promise<ArticleSuggestionsView> {
  await memoryUpToDate();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { sourceLang: true, targetLang: true, sentences: { where: { removedAt: null }, select: { id: true, sourceText: true, mtHash: true, text: true } } },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const byHash = new Map<string, { id: number; text: string }[]>();
  for (const sentence of await sentenceMtHashes(article.sentences)) {
    byHash.set(sentence.mtHash, [...(byHash.get(sentence.mtHash) ?? []), sentence]);
  }
  const hashes = [...byHash.keys()];
  const rows: { id: number; mtHash: string; correction: string; sentenceId: number | null }[] = [];
  for (let i = 0; i < hashes.length; i += 500) {
    rows.push(
      ...(await db.memoryEntry.findMany({
        where: { sourceLang: article.sourceLang, targetLang: article.targetLang, mtHash: { in: hashes.slice(i, i + 500) } },
        orderBy: { updatedAt: "desc" },
        select: { id: true, mtHash: true, correction: true, sentenceId: true },
      })),
    );
  }
  const rowsByHash = new Map<string, typeof rows>();
  for (const row of rows) rowsByHash.set(row.mtHash, [...(rowsByHash.get(row.mtHash) ?? []), row]);
  const result: ArticleSuggestionsView["sentences"] = [];
  for (const [hash, entries] of rowsByHash) {
    const sentences = byHash.get(hash) ?? [];
    for (const sentence of sentences) {
      const usable = entries.filter((row) => row.sentenceId !== sentence.id && row.correction !== sentence.text);
      if (usable.length === 0) continue;
      const counts = new Map<string, number>();
      for (const row of usable) counts.set(row.correction, (counts.get(row.correction) ?? 0) + 1);
      // Most agreed-on correction first, the newest on a tie (rows are newest first).
      const best = usable.reduce((a, b) => ((counts.get(b.correction) ?? 0) > (counts.get(a.correction) ?? 0) ? b : a));
      result.push({ sentenceId: sentence.id, correction: best.correction, uses: counts.get(best.correction) ?? 1, entryId: best.id });
    }
  }
  return { articleId, sentences: result };
}
