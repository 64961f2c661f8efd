import "server-only";
import { verbatimBlockTypes } from "@/lib/article";
import type { ArticleQualityRow, LanguagePairQuality, QualityOverview } from "@/lib/api-types";
import { averageQuality, groupRows } from "@/lib/quality-averages";
import { corpusTer } from "@/lib/ter";
import { articleMqm } from "@/server/annotations/article-mqm";
import { db } from "@/server/db";

/** The view computes at most this many articles, the most recently imported. */
export const qualityOverviewLimit = 500;

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Quality per article (HTER, % edited, MQM OQS, WMT) by import date, and averages by language pair. */
export async function qualityOverview(): Promise<QualityOverview> {
  const articles = await db.article.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: qualityOverviewLimit + 1,
    select: {
      id: true,
      title: true,
      createdAt: true,
      sourceLang: true,
      targetLang: true,
      mtEngine: true,
      sentences: { where: { removedAt: null, block: { notIn: [...verbatimBlockTypes] } }, select: { sourceText: true, text: true } },
    },
  });
  const truncated = articles.length > qualityOverviewLimit;
  const rows: ArticleQualityRow[] = [];
  // One MQM query per article (never per sentence); sequential so a big installation does not flood SQLite.
  for (const article of articles.slice(0, qualityOverviewLimit).reverse()) {
    const { sentences } = article;
    const ter = corpusTer(sentences.map((s) => ({ hypothesis: s.sourceText, reference: s.text })));
    const edited = sentences.filter((s) => s.text !== s.sourceText).length;
    const mqm = await articleMqm(article.id);
    rows.push({
      id: article.id,
      title: article.title,
      importedAt: article.createdAt.toISOString(),
      sourceLang: article.sourceLang,
      targetLang: article.targetLang,
      mtEngine: article.mtEngine,
      sentences: sentences.length,
      hter: ter.score,
      percentEdited: sentences.length ? round((edited / sentences.length) * 100, 1) : 0,
      annotationCount: mqm.annotationCount,
      oqs: mqm.mqm?.oqs ?? null,
      pass: mqm.mqm?.pass ?? null,
      wmt: mqm.wmt.score,
    });
  }
  return { articles: rows, byLanguagePair: averagesByPair(rows), truncated };
}

/** Plain means over the articles of each pair (each article counts once, whatever its length). */
export function averagesByPair(rows: readonly ArticleQualityRow[]): LanguagePairQuality[] {
  return [...groupRows(rows, (row) => `${row.sourceLang} → ${row.targetLang}`)]
    .map(([pair, group]) => {
      const { articles, hter, percentEdited, oqs, wmt } = averageQuality(group);
      return { pair, articles, hter, percentEdited: round(percentEdited, 1), oqs, wmt };
    })
    .sort((a, b) => a.pair.localeCompare(b.pair));
}
