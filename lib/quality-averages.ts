// Quality figures averaged over a group of articles (a language pair, an MT engine). Pure.
import type { ArticleQualityRow } from "./api-types";

export type ArticleQualityFigures = Pick<ArticleQualityRow, "hter" | "percentEdited" | "annotationCount" | "oqs" | "pass" | "wmt">;

export interface QualityAverages {
  articles: number;
  /** Plain means: each article counts once, whatever its length. */
  hter: number;
  percentEdited: number;
  /** Mean OQS of the articles that have one; null when none has. */
  oqs: number | null;
  wmt: number;
  /** MQM errors annotated in all the articles. */
  errors: number;
  /** Articles with an OQS, and those of them at or above the threshold. */
  scored: number;
  passed: number;
}

const mean = (values: readonly number[]) => (values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : 0);

export function averageQuality(rows: readonly ArticleQualityFigures[]): QualityAverages {
  const scored = rows.flatMap((r) => (r.oqs === null ? [] : [r.oqs]));
  return {
    articles: rows.length,
    hter: mean(rows.map((r) => r.hter)),
    percentEdited: mean(rows.map((r) => r.percentEdited)),
    oqs: scored.length ? mean(scored) : null,
    wmt: mean(rows.map((r) => r.wmt)),
    errors: rows.reduce((sum, r) => sum + r.annotationCount, 0),
    scored: rows.filter((r) => r.pass !== null).length,
    passed: rows.filter((r) => r.pass === true).length,
  };
}

/** Rows grouped by a key, in first-seen order. */
export function groupRows<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
