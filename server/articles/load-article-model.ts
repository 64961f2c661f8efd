import "server-only";
import type { ArticleModel, BlockType, RevisionKind, SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";

const person = { select: { name: true, email: true } } as const;

/** The whole article with every revision, in article order: what exporters take. */
export async function loadArticleModel(articleId: number): Promise<ArticleModel> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    include: {
      createdBy: person,
      sentences: {
        where: { removedAt: null },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        include: { revisions: { orderBy: { version: "asc" }, include: { author: person } } },
      },
    },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    leading: article.leading,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    createdBy: article.createdBy,
    sentences: article.sentences.map((sentence) => ({
      id: sentence.id,
      position: sentence.position,
      paragraph: sentence.paragraph,
      block: sentence.block as BlockType,
      prefix: sentence.prefix,
      trailing: sentence.trailing,
      sourceText: sentence.sourceText,
      text: sentence.text,
      status: sentence.status as SentenceStatus,
      version: sentence.version,
      originalText: sentence.originalText,
      revisions: sentence.revisions.map((revision) => ({
        id: revision.id,
        kind: revision.kind as RevisionKind,
        text: revision.text,
        status: revision.status as SentenceStatus,
        version: revision.version,
        author: revision.author,
        createdAt: revision.createdAt.toISOString(),
      })),
    })),
  };
}
