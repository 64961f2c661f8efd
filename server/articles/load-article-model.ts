import "server-only";
import type { ArticleModel, BlockType, RevisionKind, SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";

const person = { select: { name: true, email: true } } as const;

interface SentenceRow {
  id: number | bigint;
  position: number | bigint;
  paragraph: number | bigint;
  block: string;
  prefix: string;
  trailing: string;
  sourceText: string;
  text: string;
  status: string;
  version: number | bigint;
  originalText: string | null;
}

interface RevisionRow {
  id: number | bigint;
  sentenceId: number | bigint;
  kind: string;
  text: string;
  status: string;
  version: number | bigint;
  createdAt: Date | string;
  authorName: string;
  authorEmail: string;
}

/**
 * The whole article with every revision, in article order: what exporters take. Two portable SQL reads
 * (the sentences, then the article's revisions with their authors) instead of Prisma's nested include,
 * which cost as much as writing the Word file itself on a 5,000-sentence article (bench/articles.ts).
 */
export async function loadArticleModel(articleId: number): Promise<ArticleModel> {
  const article = await db.article.findUnique({ where: { id: articleId }, include: { createdBy: person } });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const sentences = await db.$queryRaw<SentenceRow[]>`
    SELECT "id", "position", "paragraph", "block", "prefix", "trailing", "sourceText", "text", "status", "version", "originalText"
    FROM "Sentence" WHERE "articleId" = ${articleId} AND "removedAt" IS NULL ORDER BY "position", "id"`;
  const revisions = await db.$queryRaw<RevisionRow[]>`
    SELECT r."id", r."sentenceId", r."kind", r."text", r."status", r."version", r."createdAt", u."name" AS "authorName", u."email" AS "authorEmail"
    FROM "Revision" r JOIN "User" u ON u."id" = r."authorId"
    WHERE r."articleId" = ${articleId} ORDER BY r."sentenceId", r."version", r."id"`;
  const bySentence = new Map<number, ArticleModel["sentences"][number]["revisions"]>();
  for (const row of revisions) {
    const sentenceId = Number(row.sentenceId);
    let list = bySentence.get(sentenceId);
    if (!list) bySentence.set(sentenceId, (list = []));
    list.push({
      id: Number(row.id),
      kind: row.kind as RevisionKind,
      text: row.text,
      status: row.status as SentenceStatus,
      version: Number(row.version),
      author: { name: row.authorName, email: row.authorEmail },
      createdAt: new Date(row.createdAt).toISOString(),
    });
  }
  return {
    id: article.id,
    title: article.title,
    sourceLang: article.sourceLang,
    targetLang: article.targetLang,
    leading: article.leading,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    createdBy: article.createdBy,
    sentences: sentences.map((sentence) => ({
      id: Number(sentence.id),
      position: Number(sentence.position),
      paragraph: Number(sentence.paragraph),
      block: sentence.block as BlockType,
      prefix: sentence.prefix,
      trailing: sentence.trailing,
      sourceText: sentence.sourceText,
      text: sentence.text,
      status: sentence.status as SentenceStatus,
      version: Number(sentence.version),
      originalText: sentence.originalText,
      revisions: bySentence.get(Number(sentence.id)) ?? [],
    })),
  };
}
