import "server-only";
import { z } from "zod";
import type { ArticleWorkflowView } from "@/lib/api-types";
import { roles } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { can, type Permission } from "@/lib/permissions";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { getWorkflow } from "./workflow-view";

const assignee = z.number().int().positive().nullable().optional();

export const assignmentBody = z
  .object({ editorId: assignee, reviewerId: assignee })
  .refine((body) => body.editorId !== undefined || body.reviewerId !== undefined, { message: "Give editorId, reviewerId or both." });

/** An enabled user whose role may do the assigned job; null clears the assignment. */
async function assignable(userId: number | null, permission: Permission, job: string): Promise<{ id: number; name: string } | null> {
  if (userId === null) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, name: true, role: true, disabled: true } });
  if (!user || user.disabled) throw new AppError("unprocessable", `No enabled user with id ${userId} to assign as ${job}.`);
  const role = roles.find((r) => r === user.role);
  if (!role || !can(role, permission)) throw new AppError("unprocessable", `${user.name} (${user.role.toLowerCase()}) cannot be the ${job}.`);
  return { id: user.id, name: user.name };
}

/** Sets the article's editor and/or reviewer, recorded as an ASSIGN event saying who is now assigned. */
export async function assignArticle(options: {
  actor: Actor;
  articleId: number;
  input: z.infer<typeof assignmentBody>;
}): Promise<ArticleWorkflowView> {
  const { actor, articleId, input } = options;
  // An approved article is read-only, its assignment included: reopen it to reassign.
  await assertArticleEditable(db, articleId);
  const changes: string[] = [];
  const data: { editorId?: number | null; reviewerId?: number | null } = {};
  if (input.editorId !== undefined) {
    const editor = await assignable(input.editorId, "sentence:edit", "editor");
    data.editorId = editor?.id ?? null;
    changes.push(`editor: ${editor?.name ?? "nobody"}`);
  }
  if (input.reviewerId !== undefined) {
    const reviewer = await assignable(input.reviewerId, "sentence:confirm", "reviewer");
    data.reviewerId = reviewer?.id ?? null;
    changes.push(`reviewer: ${reviewer?.name ?? "nobody"}`);
  }
  await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, articleId);
    await tx.article.update({ where: { id: articleId }, data });
    await tx.articleEvent.create({ data: { articleId, kind: "ASSIGN", reason: changes.join("; "), authorId: actor.id } });
  });
  return getWorkflow(articleId);
}
