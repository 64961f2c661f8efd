import "server-only";
import { compactSentences, type WorkspaceSentences } from "@/lib/api/compact-sentences";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { listArticleGlossaryMarks } from "@/server/glossary/article-glossary-marks";
import { listSentenceViews } from "@/server/sentences/list-sentence-views";

/** Every sentence of an article in the workspace's compact form, with their glossary marks: the rest of a long article after its first screen. */
export async function workspaceSentences(articleId: number): Promise<WorkspaceSentences> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const sentences = await listSentenceViews(db, articleId);
  return { sentences: compactSentences(articleId, sentences), glossary: await listArticleGlossaryMarks(sentences) };
}
