import "server-only";
import type { ArticleEventView, ArticleWorkflowView, UserRef } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import { isArticleState, toArticleState } from "@/lib/workflow";
import { db } from "@/server/db";

export const userRefSelect = { select: { id: true, name: true } } as const;

export function toUserRef(user: { id: number; name: string } | null): UserRef | null {
  return user ? { id: user.id, name: user.name } : null;
}

/** An article's state, assignees and every workflow event, oldest first. */
export async function getWorkflow(articleId: number): Promise<ArticleWorkflowView> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      state: true,
      editor: userRefSelect,
      reviewer: userRefSelect,
      events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { author: userRefSelect } },
    },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  return {
    articleId: article.id,
    state: toArticleState(article.state),
    editor: toUserRef(article.editor),
    reviewer: toUserRef(article.reviewer),
    events: article.events.map(
      (event): ArticleEventView => ({
        id: event.id,
        kind: event.kind,
        fromState: event.fromState && isArticleState(event.fromState) ? event.fromState : null,
        toState: event.toState && isArticleState(event.toState) ? event.toState : null,
        reason: event.reason,
        author: { id: event.author.id, name: event.author.name },
        createdAt: event.createdAt.toISOString(),
      }),
    ),
  };
}
