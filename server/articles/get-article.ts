import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import type { ArticleView } from "@/lib/api-types";
import { toArticleState } from "@/lib/workflow";
import { openCommentCounts } from "@/server/comments/open-comments";
import { toUserRef, userRefSelect } from "@/server/workflow/workflow-view";
import { listSentenceViews } from "@/server/sentences/list-sentence-views";

/** An article with every sentence. */
export async function getArticle(articleId: number): Promise<ArticleView> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      createdBy: { select: { id: true, name: true, email: true } },
      editor: userRefSelect,
      reviewer: userRefSelect,
    },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const [sentences, openComments] = await Promise.all([listSentenceViews(db, article.id), openCommentCounts([article.id])]);
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    mtEngine: article.mtEngine,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    createdBy: article.createdBy,
    sentences,
    state: toArticleState(article.state),
    editor: toUserRef(article.editor),
    reviewer: toUserRef(article.reviewer),
    openComments: openComments.get(article.id) ?? 0,
  };
}
