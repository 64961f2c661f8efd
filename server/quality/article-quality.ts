import "server-only";
import { verbatimBlockTypes } from "@/lib/article";
import type { ArticleQualityMqm, ArticleQualityView } from "@/lib/api-types";
import type { MqmCategory, MqmSeverity } from "@/lib/mqm";
import type { CheckId } from "@/lib/qa";
import { AppError } from "@/lib/errors";
import { corpusTer } from "@/lib/ter";
import { articleMqm } from "@/server/annotations/article-mqm";
import { db } from "@/server/db";
import { listChecks } from "./list-checks";

/** The quality figures of an article; other scores (e.g. MQM) extend this shape. */
export type ArticleQuality = ArticleQualityView;

/** HTER of the article (corpus TER of the MT against the corrections), edit counts and QA issue counts. */
export async function articleQuality(articleId: number): Promise<ArticleQuality> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { sentences: { where: { removedAt: null, block: { notIn: [...verbatimBlockTypes] } }, select: { sourceText: true, text: true, status: true } } },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const { sentences } = article;
  const ter = corpusTer(sentences.map((s) => ({ hypothesis: s.sourceText, reference: s.text })));
  const edited = sentences.filter((s) => s.text !== s.sourceText).length;
  const { issues } = await listChecks(articleId);
  const open = issues.filter((issue) => !issue.dismissed);
  const byCheck: Partial<Record<CheckId, number>> = {};
  for (const issue of open) byCheck[issue.check] = (byCheck[issue.check] ?? 0) + 1;
  return {
    hter: ter.score,
    edits: ter.edits,
    referenceWords: ter.refLength,
    sentences: sentences.length,
    edited,
    percentEdited: sentences.length ? Math.round((edited / sentences.length) * 1000) / 10 : 0,
    confirmed: sentences.filter((s) => s.status === "CONFIRMED").length,
    qa: { open: open.length, dismissed: issues.length - open.length, byCheck },
    mqm: await qualityMqm(articleId),
  };
}

/** Both MQM scores (article-mqm) and the errors counted per category and severity (one grouped query). */
async function qualityMqm(articleId: number): Promise<ArticleQualityMqm> {
  const [scores, groups] = await Promise.all([
    articleMqm(articleId),
    db.annotation.groupBy({
      by: ["category", "severity"],
      where: { articleId, deletedAt: null, sentence: { removedAt: null } },
      _count: { _all: true },
      orderBy: [{ category: "asc" }, { severity: "asc" }],
    }),
  ]);
  return {
    annotationCount: scores.annotationCount,
    score: scores.mqm,
    wmt: scores.wmt.score,
    byCategory: scores.counts.byCategory,
    bySeverity: scores.counts.bySeverity,
    // Stored strings were validated against the typology on the way in.
    errors: groups.map((g) => ({ category: g.category as MqmCategory, severity: g.severity as MqmSeverity, count: g._count._all })),
  };
}
