import "server-only";
import { z } from "zod";
import type { ArticleWorkflowView } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import { articleStates, checkTransition, maxReasonLength, stateLabels, toArticleState } from "@/lib/workflow";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { getWorkflow } from "./workflow-view";
import { transitionBody } from "@/lib/api/bodies";
import { recordEvent } from "@/server/events/record-event";

export { transitionBody };

/** Moves an article along the review workflow and records the event, in one transaction. */
export async function transitionArticle(options: {
  actor: Actor;
  articleId: number;
  input: z.infer<typeof transitionBody>;
}): Promise<ArticleWorkflowView> {
  const { actor, articleId, input } = options;
  const { transition, reason } = checkTransition({ role: actor.role, from: input.from, to: input.to, reason: input.reason });
  await db.$transaction(async (tx) => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { state: true } });
    if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
    const stale = () =>
      new AppError("conflict", `The article is ${stateLabels[toArticleState(article.state)].toLowerCase()} now: someone moved it since you looked. Reload.`, {
        state: article.state,
      });
    if (article.state !== input.from) throw stale();
    const moved = await tx.article.updateMany({ where: { id: articleId, state: input.from }, data: { state: input.to } });
    if (moved.count === 0) throw stale();
    await tx.articleEvent.create({
      data: { articleId, kind: transition.action, fromState: input.from, toState: input.to, reason, authorId: actor.id },
    });
    await recordEvent(tx, { articleId, type: "workflow", action: "moved", actorId: actor.id });
  });
  return getWorkflow(articleId);
}
