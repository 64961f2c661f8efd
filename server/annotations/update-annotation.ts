import "server-only";
import { z } from "zod";
import { annotationTargets, mqmCategories, mqmSeverities, parseAnnotationInput } from "@/lib/mqm";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { annotationInclude, findModifiableAnnotation, toAnnotationView, type AnnotationView } from "./annotation-view";

/** Any subset of the fields; `comment: null` or "" removes the comment. */
export const updateAnnotationBody = z.object({
  target: z.enum(annotationTargets).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
  category: z.enum(mqmCategories).optional(),
  severity: z.enum(mqmSeverities).optional(),
  comment: z.string().trim().max(2000).nullable().optional(),
});

export type UpdateAnnotationBody = z.infer<typeof updateAnnotationBody>;

export async function updateAnnotation(options: { actor: Actor; annotationId: number; changes: UpdateAnnotationBody }): Promise<AnnotationView> {
  const current = await findModifiableAnnotation(options.actor, options.annotationId);
  const { comment, ...rest } = options.changes;
  const merged = {
    target: current.target,
    start: current.start,
    end: current.end,
    category: current.category,
    severity: current.severity,
    ...rest,
  };
  const input = parseAnnotationInput(merged, { source: current.sentence.sourceText.length, text: current.sentence.text.length });
  const row = await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, current.articleId);
    return tx.annotation.update({
    where: { id: current.id },
    data: {
      target: input.target,
      start: input.start,
      end: input.end,
      category: input.category,
      severity: input.severity,
      ...(comment === undefined ? {} : { comment: comment || null }),
    },
    include: annotationInclude,
    });
  });
  return toAnnotationView(row, options.actor);
}
