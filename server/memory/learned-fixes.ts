import "server-only";
import type { LearnedFixRule } from "@/lib/qa/types";
import { db, type DbClient } from "@/server/db";

/** A substitution becomes a learned fix when made in this many articles, or by this many editors. */
export const learnedFixMinArticles = 3;
export const learnedFixMinEditors = 2;

export interface FixKey {
  sourceLang: string;
  targetLang: string;
  fromText: string;
  toText: string;
}

export const activeFixWhere = { OR: [{ articles: { gte: learnedFixMinArticles } }, { editors: { gte: learnedFixMinEditors } }] };

/** Recounts the articles and editors of each substitution after its occurrences changed (at write time). */
export async function recountFixes(tx: DbClient, keys: readonly FixKey[]): Promise<void> {
  for (const key of keys) {
    const [articles, editors] = await Promise.all([
      tx.fixOccurrence.groupBy({ by: ["articleId"], where: key }),
      tx.fixOccurrence.groupBy({ by: ["authorId"], where: key }),
    ]);
    await tx.learnedFix.upsert({
      where: { sourceLang_targetLang_fromText_toText: key },
      create: { ...key, articles: articles.length, editors: editors.length },
      update: { articles: articles.length, editors: editors.length },
    });
  }
}

/** The learned fixes of a language pair, for the QA check. */
export async function loadLearnedFixes(sourceLang: string, targetLang: string): Promise<LearnedFixRule[]> {
  const rows = await db.learnedFix.findMany({
    where: { sourceLang, targetLang, ...activeFixWhere },
    orderBy: [{ articles: "desc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((row) => ({ id: row.id, from: row.fromText, to: row.toText, articles: row.articles, editors: row.editors }));
}
