import "server-only";
import { AppError } from "@/lib/errors";
import {
  countWords,
  mqmCategories,
  mqmSeverities,
  scoreMqmRaw,
  wmtDocumentScore,
  wmtSegmentScore,
  type MqmCategory,
  type MqmRawScore,
  type MqmSeverity,
  type ScorableAnnotation,
} from "@/lib/mqm";
import { db } from "@/server/db";
import { mqmRawWeights, wmtWeights } from "./mqm-settings";

export interface ArticleMqmView {
  articleId: number;
  annotationCount: number;
  /** MQM 2.0 raw scoring; null when the MT text has no words to normalise by. */
  mqm: MqmRawScore | null;
  /** Google WMT scoring: penalty per sentence, document = mean over the article's sentences (lower is better). */
  wmt: { score: number; segments: { sentenceId: number; score: number }[] };
  counts: { byCategory: Record<MqmCategory, number>; bySeverity: Record<MqmSeverity, number> };
}

/** Both MQM scores of an article, from its live annotations; EWC = words of the article's MT text. */
export async function articleMqm(articleId: number): Promise<ArticleMqmView> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      targetLang: true,
      sentences: {
        where: { removedAt: null },
        orderBy: { position: "asc" },
        select: { id: true, sourceText: true, annotations: { where: { deletedAt: null }, select: { category: true, severity: true } } },
      },
    },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);

  const perSentence = article.sentences.map((s) => ({ sentenceId: s.id, annotations: s.annotations.map(scorable) }));
  const all = perSentence.flatMap((s) => s.annotations);
  const ewc = article.sentences.reduce((sum, s) => sum + countWords(s.sourceText, article.targetLang), 0);
  const weights = wmtWeights();
  const segments = perSentence.map((s) => ({ sentenceId: s.sentenceId, score: wmtSegmentScore(s.annotations, weights) }));

  const byCategory = Object.fromEntries(mqmCategories.map((c) => [c, 0])) as Record<MqmCategory, number>;
  const bySeverity = Object.fromEntries(mqmSeverities.map((c) => [c, 0])) as Record<MqmSeverity, number>;
  for (const a of all) {
    byCategory[a.category] += 1;
    bySeverity[a.severity] += 1;
  }
  return {
    articleId,
    annotationCount: all.length,
    mqm: ewc > 0 ? scoreMqmRaw(all, ewc, mqmRawWeights()) : null,
    wmt: { score: wmtDocumentScore(segments.map((s) => s.score)), segments },
    counts: { byCategory, bySeverity },
  };
}

/** Stored strings back to the typology; the rows were validated on the way in. */
function scorable(row: { category: string; severity: string }): ScorableAnnotation {
  return { category: row.category as MqmCategory, severity: row.severity as MqmSeverity };
}
