import "server-only";
import { z } from "zod";
import { annotationTargets, mqmCategories, mqmSeverities } from "@/lib/mqm";
import { parseAnnotationInput } from "@/lib/mqm/annotation-input";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { annotationInclude, findModifiableAnnotation, toAnnotationView, type AnnotationView } from "./annotation-view";
import { updateAnnotationBody } from "@/lib/api/bodies";
import { recordEvent } from "@/server/events/record-event";

export { updateAnnotationBody };

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
  await recordEvent(db, { articleId: row.articleId, type: "annotation", action: "changed", sentenceId: row.sentenceId, targetId: row.id, actorId: options.actor.id });
  return toAnnotationView(row, options.actor);
}
