import "server-only";
import { z } from "zod";
import { snapToCodePoint } from "@/lib/code-points";
import { mapOffset } from "@/lib/diff/map-offset";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { activeSentence, createSentence, finish, positionAfter, removeSentence, type StructureChange } from "./structure";
import { statusAfterEdit } from "./update-sentence";

export const splitSentenceBody = z.object({
  offset: z.number().int().nonnegative(),
  version: z.number().int().positive(),
});

/**
 * Splits a sentence at a character offset of its correction into two new sentences. The MT text is split
 * at the matching place (through the word diff). The original leaves the article but keeps its history.
 */
export async function splitSentence(options: { actor: Actor; sentenceId: number; offset: number; version: number }): Promise<StructureChange> {
  return db.$transaction(async (tx) => {
    const sentence = await activeSentence(tx, options.sentenceId);
    const { text, sourceText } = sentence;
    const offset = snapToCodePoint(text, options.offset); // never between the halves of an emoji
    const left = text.slice(0, offset).trimEnd();
    const right = text.slice(offset).trimStart();
    if (offset > text.length || !left || !right) {
      throw new AppError("unprocessable", "Split inside the sentence: both parts need some text.");
    }
    const { targetLang } = await tx.article.findUniqueOrThrow({ where: { id: sentence.articleId }, select: { targetLang: true } });
    const sourceOffset = snapToCodePoint(sourceText, mapOffset(sourceText, text, offset, targetLang));
    const sourceLeft = sourceText.slice(0, sourceOffset).trim();
    const sourceRight = sourceText.slice(sourceOffset).trim();
    const note = `Split sentence ${sentence.id} in two`;

    await removeSentence(tx, { actor: options.actor, id: sentence.id, version: options.version, kind: "SPLIT", note });
    const shared = { articleId: sentence.articleId, paragraph: sentence.paragraph, block: sentence.block, splitFromId: sentence.id };
    const first = await createSentence(tx, {
      actor: options.actor,
      kind: "SPLIT",
      note,
      data: {
        ...shared,
        position: sentence.position,
        prefix: sentence.prefix,
        trailing: text.slice(left.length, text.length - right.length) || " ",
        sourceText: sourceLeft,
        text: left,
        status: statusAfterEdit(sourceLeft, left),
        originalText: sentence.originalText,
      },
    });
    const second = await createSentence(tx, {
      actor: options.actor,
      kind: "SPLIT",
      note,
      data: {
        ...shared,
        position: await positionAfter(tx, sentence.articleId, sentence.position),
        prefix: "",
        trailing: sentence.trailing,
        sourceText: sourceRight,
        text: right,
        status: statusAfterEdit(sourceRight, right),
        originalText: null,
      },
    });
    return finish(tx, sentence.articleId, [sentence.id], [first.id, second.id]);
  });
}
