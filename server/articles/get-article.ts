import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import type { ArticleView } from "@/lib/api-types";
import { sentenceViewInclude, toSentenceView } from "@/server/sentences/sentence-view";

export async function getArticle(articleId: number): Promise<ArticleView> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      createdBy: { select: { id: true, name: true, email: true } },
      sentences: { where: { removedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }], include: sentenceViewInclude },
    },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    createdBy: article.createdBy,
    sentences: article.sentences.map(toSentenceView),
  };
}
