import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { activeSentence, finish, removeSentence, restoreSentence, type StructureChange } from "./structure";
import { undoStructureBody } from "@/lib/api/bodies";

export { undoStructureBody };

/**
 * Undoes the split or merge that made a sentence: the sentences it came from come back, the ones it made
 * leave. Only while those are unchanged since; every step is a revision (kind UNDO).
 */
export async function undoStructure(options: { actor: Actor; sentenceId: number; version: number }): Promise<StructureChange> {
  return db.$transaction(async (tx) => {
    const sentence = await activeSentence(tx, options.sentenceId);
    const actor = options.actor;
    if (sentence.splitFromId !== null) {
      const parts = await tx.sentence.findMany({ where: { splitFromId: sentence.splitFromId } });
      if (parts.some((part) => part.removedAt)) {
        throw new AppError("conflict", "A part of this split was split or merged again since: undo that first.");
      }
      const note = `Undid the split of sentence ${sentence.splitFromId}`;
      for (const part of parts) {
        const version = part.id === sentence.id ? options.version : 1;
        await removeSentence(tx, { actor, id: part.id, version, kind: "UNDO", note });
      }
      await restoreSentence(tx, { actor, id: sentence.splitFromId, note });
      return finish(tx, sentence.articleId, parts.map((p) => p.id), [sentence.splitFromId]);
    }
    const parents = await tx.sentence.findMany({ where: { mergedIntoId: sentence.id }, orderBy: { position: "asc" } });
    if (parents.length === 0) throw new AppError("unprocessable", "This sentence was not made by a split or a merge.");
    const note = `Undid the merge into sentence ${sentence.id}`;
    await removeSentence(tx, { actor, id: sentence.id, version: options.version, kind: "UNDO", note });
    for (const parent of parents) await restoreSentence(tx, { actor, id: parent.id, note });
    return finish(tx, sentence.articleId, [sentence.id], parents.map((p) => p.id));
  });
}
