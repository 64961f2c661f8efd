// The MQM core typology as data. Pure: no Next, no Prisma, no zod (the browser loads it; the input
// schema of an annotation is in annotation-input.ts, for the server).

import { AppError } from "../errors";

/** MQM core error categories ("Dimension/Type" or a bare dimension). */
export const mqmCategories = [
  "Accuracy/Mistranslation",
  "Accuracy/Omission",
  "Accuracy/Addition",
  "Accuracy/Untranslated",
  "Fluency/Grammar",
  "Fluency/Spelling",
  "Fluency/Punctuation",
  "Fluency/Register",
  "Fluency/Inconsistency",
  "Terminology",
  "Style",
  "Locale convention",
  "Other",
  "Non-translation",
  "Source issue",
] as const;
export type MqmCategory = (typeof mqmCategories)[number];

/** Severities, least to most severe. */
export const mqmSeverities = ["Neutral", "Minor", "Major", "Critical"] as const;
export type MqmSeverity = (typeof mqmSeverities)[number];

/** Which text of a sentence an annotation span points into: the MT text ("source", i.e. `sourceText`) or the correction ("text"). */
export const annotationTargets = ["source", "text"] as const;
export type AnnotationTarget = (typeof annotationTargets)[number];

/** The top-level dimension of a category: "Accuracy/Omission" → "Accuracy". */
export function categoryDimension(category: MqmCategory): string {
  const slash = category.indexOf("/");
  return slash === -1 ? category : category.slice(0, slash);
}

/**
 * Throws AppError("unprocessable") unless the span [start, end) lies inside a text of `textLength`
 * UTF-16 code units (the length of the sentence's `sourceText` or `text`, whichever `target` names).
 */
export function assertSpanWithin(span: { start: number; end: number }, textLength: number): void {
  if (span.start < 0 || span.end > textLength || span.start >= span.end) {
    throw new AppError(
      "unprocessable",
      `Annotation span ${span.start}–${span.end} is outside the text (length ${textLength}).`,
      { start: span.start, end: span.end, length: textLength },
    );
  }
}
