import "server-only";
import { AppError } from "@/lib/errors";
import type { ChangeSetView, SentenceRef } from "@/lib/find-replace";
import type { Actor } from "@/server/auth/actor";
import { sentenceNumbers } from "@/server/articles/sentence-numbers";
import type { Database, DbClient } from "@/server/db";

export type { ChangeSetView, SentenceRef };
export { sentenceNumbers };

// Shared steps of the use cases that change several sentences as one change set.

/** A transaction that can also write change sets. */
export type ChangeTx = DbClient & Pick<Database, "changeSet">;

export type ChangeSetKind = "REPLACE" | "REVERT";

export async function createChangeSet(
  tx: ChangeTx,
  options: { actor: Actor; articleId: number; kind: ChangeSetKind; description: string },
): Promise<string> {
  const created = await tx.changeSet.create({
    data: { articleId: options.articleId, kind: options.kind, description: options.description, authorId: options.actor.id },
    select: { id: true },
  });
  return created.id;
}

export async function findChangeSetView(tx: ChangeTx, id: string): Promise<ChangeSetView> {
  const row = await tx.changeSet.findUnique({
    where: { id },
    include: { author: { select: { id: true, name: true, email: true } }, _count: { select: { revisions: true } } },
  });
  if (!row) throw new AppError("not_found", `No change set with id ${JSON.stringify(id)}.`);
  return {
    id: row.id,
    articleId: row.articleId,
    kind: row.kind,
    description: row.description,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    sentences: row._count.revisions,
  };
}

/** Numbers (1-based, in reading order) of the article's current sentences. */
export function refOf(numbers: Map<number, number>, sentenceId: number): SentenceRef {
  return { sentenceId, number: numbers.get(sentenceId) ?? null };
}

/** "sentences 2, 5" — for conflict messages. */
export function listRefs(refs: SentenceRef[]): string {
  const names = refs.map((ref) => (ref.number === null ? `#${ref.sentenceId}` : String(ref.number)));
  return `${refs.length === 1 ? "sentence" : "sentences"} ${names.join(", ")}`;
}
