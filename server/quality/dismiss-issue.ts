import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";

/** Dismisses one QA issue of a sentence of the article. Dismissing it again changes nothing. */
export async function dismissIssue(input: { articleId: number; sentenceId: number; key: string; actor: Actor }): Promise<void> {
  const sentence = await db.sentence.findUnique({ where: { id: input.sentenceId }, select: { articleId: true } });
  if (!sentence || sentence.articleId !== input.articleId) {
    throw new AppError("not_found", `No sentence with id ${input.sentenceId} in article ${input.articleId}.`);
  }
  await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, input.articleId);
    await tx.qaDismissal.upsert({
      where: { sentenceId_key: { sentenceId: input.sentenceId, key: input.key } },
      create: { sentenceId: input.sentenceId, articleId: input.articleId, key: input.key, authorId: input.actor.id },
      update: {},
    });
  });
}
