// The input of one error annotation: its schema, and the check of its span against the sentence's texts.
// The server validates with it (the browser only needs typology.ts, without zod).
import { z } from "zod";
import { AppError } from "../errors";
import { annotationTargets, assertSpanWithin, mqmCategories, mqmSeverities, type AnnotationTarget } from "./typology";

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
