// The MQM core typology as data, and the input schema for one error annotation. Pure: no Next, no Prisma.

import { z } from "zod";
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

export const mqmAnnotationInputSchema = z
  .object({
    target: z.enum(annotationTargets),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    category: z.enum(mqmCategories),
    severity: z.enum(mqmSeverities),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((a) => a.start < a.end, { message: "start must be before end", path: ["end"] });

export type MqmAnnotationInput = z.infer<typeof mqmAnnotationInputSchema>;

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

/**
 * Validates raw input against the schema and the sentence's texts. `lengths` gives the length of the
 * MT text (`source`) and of the correction (`text`).
 */
export function parseAnnotationInput(raw: unknown, lengths: Record<AnnotationTarget, number>): MqmAnnotationInput {
  const parsed = mqmAnnotationInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppError("unprocessable", `Invalid annotation: ${z.prettifyError(parsed.error)}`);
  }
  assertSpanWithin(parsed.data, lengths[parsed.data.target]);
  return parsed.data;
}
