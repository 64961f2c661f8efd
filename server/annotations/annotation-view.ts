import "server-only";
import type { AnnotationView } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import type { AnnotationTarget, MqmCategory, MqmSeverity } from "@/lib/mqm";
import { can } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";

export type { AnnotationView };

export const annotationInclude = { author: { select: { id: true, name: true, email: true } } } satisfies Prisma.AnnotationInclude;
type Row = Prisma.AnnotationGetPayload<{ include: typeof annotationInclude }>;

/** Its author, or anyone who may confirm sentences (reviewers, admins). */
export function mayModify(actor: Actor, authorId: number): boolean {
  return actor.id === authorId || can(actor.role, "sentence:confirm");
}

export function toAnnotationView(row: Row, actor: Actor): AnnotationView {
  return {
    id: row.id,
    sentenceId: row.sentenceId,
    articleId: row.articleId,
    target: row.target as AnnotationTarget,
    start: row.start,
    end: row.end,
    category: row.category as MqmCategory,
    severity: row.severity as MqmSeverity,
    comment: row.comment,
    author: row.author,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    canModify: mayModify(actor, row.authorId),
  };
}

/** A live (not deleted) annotation the actor may change; 404 when unknown or deleted, 403 when not theirs. */
export async function findModifiableAnnotation(actor: Actor, annotationId: number) {
  const row = await db.annotation.findFirst({
    where: { id: annotationId, deletedAt: null },
    include: { ...annotationInclude, sentence: { select: { sourceText: true, text: true } } },
  });
  if (!row) throw new AppError("not_found", `No annotation with id ${annotationId}.`);
  if (!mayModify(actor, row.authorId)) {
    throw new AppError("forbidden", "Only the annotation's author or a reviewer may change it.");
  }
  return row;
}
