import "server-only";
import { AppError } from "@/lib/errors";
import { approvedReadOnlyMessage, isEditableState, toArticleState } from "@/lib/workflow";
import type { DbClient } from "@/server/db";

/**
 * The one check that an article's sentences may change: an approved article is read-only until
 * reopened (409). Call it inside the write's transaction, so a concurrent approval cannot slip between.
 */
export async function assertArticleEditable(tx: DbClient, articleId: number): Promise<void> {
  const article = await tx.article.findUnique({ where: { id: articleId }, select: { state: true } });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  if (!isEditableState(toArticleState(article.state))) {
    throw new AppError("conflict", approvedReadOnlyMessage, { state: article.state });
  }
}
