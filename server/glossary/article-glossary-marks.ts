import "server-only";
import { articleGlossaryMarks, type ArticleGlossaryMarks } from "@/lib/glossary/marks";
import { loadGlossaryMatcher } from "./glossary-version";

/**
 * The glossary marks of an article's sentences, found once with the glossary's cached matcher, and
 * the entries they come from: the workspace gets these instead of the whole glossary.
 */
export async function listArticleGlossaryMarks(sentences: readonly { sourceText: string }[]): Promise<ArticleGlossaryMarks> {
  return articleGlossaryMarks(await loadGlossaryMatcher(), sentences.map((sentence) => sentence.sourceText));
}
