import "server-only";
import type { RevisionView } from "@/lib/api-types";
import type { RevisionKind, SentenceStatus } from "@/lib/article";
import { db } from "@/server/db";
import { findSentenceView } from "./sentence-view";

/** The sentence and every sentence it was split from or merged from, however far back. */
async function lineage(sentenceId: number): Promise<number[]> {
  const seen = new Set([sentenceId]);
  let frontier = [sentenceId];
  while (frontier.length > 0 && seen.size < 1000) {
    const rows = await db.sentence.findMany({
      where: { OR: [{ id: { in: frontier } }, { mergedIntoId: { in: frontier } }] },
      select: { id: true, splitFromId: true },
    });
    const found = rows.flatMap((row) => [row.id, row.splitFromId]).filter((id): id is number => id !== null && !seen.has(id));
    found.forEach((id) => seen.add(id));
    frontier = found;
  }
  return [...seen];
}

/**
 * Every revision of a sentence, oldest first, including those of the sentences it was split or merged
 * from, so a reviewer can follow a text through splits and merges.
 */
export async function listRevisions(sentenceId: number): Promise<RevisionView[]> {
  await findSentenceView(db, sentenceId); // 404 for an unknown sentence
  const rows = await db.revision.findMany({
    where: { sentenceId: { in: await lineage(sentenceId) } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    include: { author: { select: { id: true, name: true, email: true } } },
  });
  return rows.map((row) => ({
    id: row.id,
    sentenceId: row.sentenceId,
    kind: row.kind as RevisionKind,
    text: row.text,
    status: row.status as SentenceStatus,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    note: row.note,
  }));
}
