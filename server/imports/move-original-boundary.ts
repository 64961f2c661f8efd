import "server-only";
import { z } from "zod";
import { moveOriginalBoundary } from "@/lib/align/move-boundary";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { findSentenceView } from "@/server/sentences/sentence-view";
import type { StructureChange } from "@/server/sentences/structure";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { moveOriginalBoundaryBody } from "@/lib/api/bodies";

export { moveOriginalBoundaryBody };

export type MoveOriginalBoundaryBody = z.infer<typeof moveOriginalBoundaryBody>;

/**
 * Fixes an alignment by hand: moves one original-language sentence between a row and the row before it
 * (the previous active sentence of the article, across paragraphs too). "up" moves this row's first
 * original sentence to the end of the previous row; "down" moves the previous row's last original
 * sentence to the start of this one (rule in lib/align/move-boundary.ts; sentences split in the
 * article's source language). Like setting the original text, this is reference text: no revision and no
 * version change. Approved articles are read-only (409). Returns the two rows as they are now.
 */
export async function moveOriginalSentence(articleId: number, body: MoveOriginalBoundaryBody): Promise<StructureChange> {
  return db.$transaction(async (tx) => {
    await assertArticleEditable(tx, articleId);
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { sourceLang: true } });
    const current = await tx.sentence.findFirst({
      where: { id: body.sentenceId, articleId, removedAt: null },
      select: { id: true, position: true, originalText: true },
    });
    if (!article || !current) throw new AppError("not_found", `No sentence ${body.sentenceId} in article ${articleId}.`);
    const previous = await tx.sentence.findFirst({
      where: { articleId, removedAt: null, OR: [{ position: { lt: current.position } }, { position: current.position, id: { lt: current.id } }] },
      orderBy: [{ position: "desc" }, { id: "desc" }],
      select: { id: true, originalText: true },
    });
    if (!previous) throw new AppError("unprocessable", "This is the first sentence: there is no previous row to move an original sentence to or from.");
    const moved = moveOriginalBoundary({ previous: previous.originalText, current: current.originalText }, body.direction, article.sourceLang);
    if (!moved) {
      throw new AppError(
        "unprocessable",
        body.direction === "up" ? "This row has no original text to move up." : "The previous row has no original text to move down.",
      );
    }
    await tx.sentence.update({ where: { id: previous.id }, data: { originalText: moved.previous } });
    await tx.sentence.update({ where: { id: current.id }, data: { originalText: moved.current } });
    return { removed: [], sentences: [await findSentenceView(tx, previous.id), await findSentenceView(tx, current.id)] };
  });
}
