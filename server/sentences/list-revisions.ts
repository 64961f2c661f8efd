import "server-only";
import type { RevisionView } from "@/lib/api-types";
import type { RevisionKind, SentenceStatus } from "@/lib/article";
import { db } from "@/server/db";
import { findSentenceView } from "./sentence-view";

/** Every revision of a sentence, oldest first. */
export async function listRevisions(sentenceId: number): Promise<RevisionView[]> {
  await findSentenceView(db, sentenceId); // 404 for an unknown sentence
  const rows = await db.revision.findMany({
    where: { sentenceId },
    orderBy: { version: "asc" },
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
  }));
}
