import "server-only";
import { z } from "zod";
import { alignToSentences } from "@/lib/align";
import { AppError } from "@/lib/errors";
import { MAX_TEXT_BYTES } from "@/lib/import";
import { importArticleBody } from "@/server/articles/import-article";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";

export const originalTextBody = z.object({
  text: z.string().refine((text) => text.trim() !== "", "The original text is empty."),
  lang: importArticleBody.shape.sourceLang,
});

export type OriginalTextBody = z.infer<typeof originalTextBody>;

/**
 * Aligns an original-language text with an article's sentences and stores each sentence's originalText.
 * This is reference text beside the translation, not a correction: no revision, no version change.
 */
export async function setOriginalText(articleId: number, body: OriginalTextBody): Promise<void> {
  if (new TextEncoder().encode(body.text).byteLength > MAX_TEXT_BYTES) {
    throw new AppError("payload_too_large", "The original text is larger than 2 MB.");
  }
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { sourceLang: true, sentences: { orderBy: { position: "asc" }, select: { id: true, text: true, paragraph: true } } },
  });
  if (!article) throw new AppError("not_found", `No article with id ${articleId}.`);
  const aligned = alignToSentences(article.sentences, body.text, body.lang ?? article.sourceLang);
  await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, articleId);
    for (const [index, sentence] of article.sentences.entries()) {
      await tx.sentence.update({ where: { id: sentence.id }, data: { originalText: aligned[index] ?? null } });
    }
  });
}
