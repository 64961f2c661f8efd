import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { activeSentence, createSentence, finish, removeSentence, type StructureChange } from "./structure";
import { statusAfterEdit } from "./update-sentence";
import { mergeNextBody } from "@/lib/api/bodies";

export { mergeNextBody };

/** Merges a sentence with the next one of its paragraph into a new sentence; both leave the article with their history. */
export async function mergeWithNext(options: { actor: Actor; sentenceId: number; version: number; nextVersion: number }): Promise<StructureChange> {
  return db.$transaction(async (tx) => {
    const first = await activeSentence(tx, options.sentenceId);
    const second = await tx.sentence.findFirst({
      where: { articleId: first.articleId, removedAt: null, position: { gt: first.position } },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    });
    if (!second) throw new AppError("unprocessable", "This is the last sentence: there is nothing to merge it with.");
    if (second.paragraph !== first.paragraph) {
      throw new AppError("unprocessable", "The next sentence starts a new paragraph: only sentences of one paragraph can be merged.");
    }
    // Whitespace inside a paragraph is kept as it was; a line break becomes a space.
    const joiner = /^[^\S\n]+$/.test(first.trailing) ? first.trailing : " ";
    const sourceText = `${first.sourceText} ${second.sourceText}`.trim();
    const text = `${first.text}${joiner}${second.text}`.trim();
    const originals = [first.originalText, second.originalText].filter((o): o is string => !!o);
    const merged = await createSentence(tx, {
      actor: options.actor,
      kind: "MERGE",
      note: `Merged sentences ${first.id} and ${second.id}`,
      data: {
        articleId: first.articleId,
        position: first.position,
        paragraph: first.paragraph,
        block: first.block,
        prefix: first.prefix,
        trailing: second.trailing,
        sourceText,
        text,
        status: statusAfterEdit(sourceText, text),
        originalText: originals.length ? originals.join(" ") : null,
      },
    });
    const note = `Merged into sentence ${merged.id}`;
    await removeSentence(tx, { actor: options.actor, id: first.id, version: options.version, kind: "MERGE", note, mergedIntoId: merged.id });
    await removeSentence(tx, { actor: options.actor, id: second.id, version: options.nextVersion, kind: "MERGE", note, mergedIntoId: merged.id });
    return finish(tx, first.articleId, [first.id, second.id], [merged.id]);
  });
}
