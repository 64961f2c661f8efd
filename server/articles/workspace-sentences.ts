import "server-only";
import { compactSentences, type WorkspaceSentences } from "@/lib/api/compact-sentences";
import { db } from "@/server/db";
import { listArticleGlossaryMarks } from "@/server/glossary/article-glossary-marks";
import { listSentenceViews } from "@/server/sentences/list-sentence-views";
import { requireArticle } from "./require-article";

/** Every sentence of an article in the workspace's compact form, with their glossary marks: the rest of a long article after its first screen. */
export async function workspaceSentences(articleId: number): Promise<WorkspaceSentences> {
  await requireArticle(db, articleId);
  const sentences = await listSentenceViews(db, articleId);
  return { sentences: compactSentences(articleId, sentences), glossary: await listArticleGlossaryMarks(sentences) };
}
