// MQM scorings. Both read the same list of annotations (only category and severity matter).

import { AppError } from "../errors";
import type { MqmCategory, MqmSeverity } from "./typology";

export interface ScorableAnnotation {
  category: MqmCategory;
  severity: MqmSeverity;
}

// ---------------------------------------------------------------------------------------------
// MQM 2.0, raw scoring model (penalty points per severity, normalised by evaluated word count).

export interface MqmRawWeights {
  neutral: number;
  minor: number;
  major: number;
  critical: number;
  /** Overall quality score at or above which the text passes. */
  passThreshold: number;
}

export const defaultMqmRawWeights: Readonly<MqmRawWeights> = Object.freeze({
  neutral: 0,
  minor: 1,
  major: 5,
  critical: 25,
  passThreshold: 95,
});

export interface MqmRawScore {
  /** Absolute penalty total: sum of the severity penalties. */
  apt: number;
  /** Evaluated word count the score is normalised by. */
  ewc: number;
  /** Per-word penalty: APT / EWC. */
  perWordPenalty: number;
  /** Overall quality score: 100 − 100·APT/EWC. Not clamped: many errors in a short text go below 0. */
  oqs: number;
  threshold: number;
  pass: boolean;
  counts: Record<MqmSeverity, number>;
}

function severityPenalty(severity: MqmSeverity, weights: MqmRawWeights): number {
  switch (severity) {
    case "Neutral":
      return weights.neutral;
    case "Minor":
      return weights.minor;
    case "Major":
      return weights.major;
    case "Critical":
      return weights.critical;
  }
}

/** MQM 2.0 raw score of `annotations` over a text of `evaluatedWordCount` words (must be > 0). */
export function scoreMqmRaw(
  annotations: readonly ScorableAnnotation[],
  evaluatedWordCount: number,
  weights: Partial<MqmRawWeights> = {},
): MqmRawScore {
  if (!Number.isFinite(evaluatedWordCount) || evaluatedWordCount <= 0) {
    throw new AppError("unprocessable", "The evaluated word count must be a positive number.");
  }
  const w: MqmRawWeights = { ...defaultMqmRawWeights, ...weights };
  const counts: Record<MqmSeverity, number> = { Neutral: 0, Minor: 0, Major: 0, Critical: 0 };
  let apt = 0;
  for (const a of annotations) {
    counts[a.severity] += 1;
    apt += severityPenalty(a.severity, w);
  }
  const perWordPenalty = apt / evaluatedWordCount;
  const oqs = 100 - (100 * apt) / evaluatedWordCount;
  return { apt, ewc: evaluatedWordCount, perWordPenalty, oqs, threshold: w.passThreshold, pass: oqs >= w.passThreshold, counts };
}

/** Words in a text, for the evaluated word count (Unicode word segmentation; punctuation is not a word). */
export function countWords(text: string, lang = "en"): number {
  let n = 0;
  for (const part of new Intl.Segmenter(lang, { granularity: "word" }).segment(text)) {
    if (part.isWordLike) n += 1;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Google WMT MQM (google/wmt-mqm-human-evaluation README): penalty per segment, lower is better.

export interface WmtMqmWeights {
  major: number;
  minor: number;
  /** Minor Fluency/Punctuation. Major punctuation errors keep the Major weight. */
  minorPunctuation: number;
  /** Non-translation, whatever its severity. */
  nonTranslation: number;
  neutral: number;
  /** Not defined by the README (its raters had no Critical level); five Major errors by default. */
  critical: number;
}

export const defaultWmtMqmWeights: Readonly<WmtMqmWeights> = Object.freeze({
  major: 5,
  minor: 1,
  minorPunctuation: 0.1,
  nonTranslation: 25,
  neutral: 0,
  critical: 25,
});

/** Weight of one annotation under the WMT scheme. */
export function wmtAnnotationWeight(a: ScorableAnnotation, weights: Partial<WmtMqmWeights> = {}): number {
  const w: WmtMqmWeights = { ...defaultWmtMqmWeights, ...weights };
  if (a.category === "Non-translation") return w.nonTranslation;
  switch (a.severity) {
    case "Neutral":
      return w.neutral;
    case "Minor":
      return a.category === "Fluency/Punctuation" ? w.minorPunctuation : w.minor;
    case "Major":
      return w.major;
    case "Critical":
      return w.critical;
  }
}

/** Segment score: the sum of its errors' weights (0 for a segment without errors). */
export function wmtSegmentScore(annotations: readonly ScorableAnnotation[], weights: Partial<WmtMqmWeights> = {}): number {
  let total = 0;
  for (const a of annotations) total += wmtAnnotationWeight(a, weights);
  return total;
}

/**
 * Segment score when several raters rated it: the mean of each rater's sum (upstream "avg_seg_scores").
 * `raters` lists every rater of the segment, including those who found no error.
 */
export function wmtRatedSegmentScore(
  raters: readonly string[],
  annotations: readonly (ScorableAnnotation & { rater: string })[],
  weights: Partial<WmtMqmWeights> = {},
): number {
  if (raters.length === 0) return wmtSegmentScore(annotations, weights);
  let total = 0;
  for (const rater of raters) total += wmtSegmentScore(annotations.filter((a) => a.rater === rater), weights);
  return total / raters.length;
}

/** Document (or system) score: the mean of the segment scores; 0 for no segments. */
export function wmtDocumentScore(segmentScores: readonly number[]): number {
  if (segmentScores.length === 0) return 0;
  let total = 0;
  for (const s of segmentScores) total += s;
  return total / segmentScores.length;
}
