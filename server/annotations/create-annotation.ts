import "server-only";
import { AppError } from "@/lib/errors";
import { parseAnnotationInput } from "@/lib/mqm/annotation-input";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { annotationInclude, toAnnotationView, type AnnotationView } from "./annotation-view";
import { recordEvent } from "@/server/events/record-event";

/** Adds an MQM error annotation to a sentence; the span must lie within the MT text or the correction. */
export async function createAnnotation(options: { actor: Actor; sentenceId: number; input: unknown }): Promise<AnnotationView> {
  const sentence = await db.sentence.findFirst({ where: { id: options.sentenceId, removedAt: null } });
  if (!sentence) throw new AppError("not_found", `No sentence with id ${options.sentenceId}.`);
  const input = parseAnnotationInput(options.input, { source: sentence.sourceText.length, text: sentence.text.length });
  const row = await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, sentence.articleId);
    return tx.annotation.create({
    data: {
      sentenceId: sentence.id,
      articleId: sentence.articleId,
      target: input.target,
      start: input.start,
      end: input.end,
      category: input.category,
      severity: input.severity,
      comment: input.comment || null,
      authorId: options.actor.id,
    },
    include: annotationInclude,
    });
  });
  await recordEvent(db, { articleId: row.articleId, type: "annotation", action: "added", sentenceId: row.sentenceId, targetId: row.id, actorId: options.actor.id });
  return toAnnotationView(row, options.actor);
}
