import "server-only";
import type { SentenceView } from "@/lib/api-types";
import type { BlockType, SentenceStatus } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { hter } from "@/lib/ter";
import type { DbClient as Client } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";

export type { SentenceView };

const include = {
  revisions: {
    orderBy: { version: "desc" },
    take: 1,
    include: { author: { select: { id: true, name: true, email: true } } },
  },
} satisfies Prisma.SentenceInclude;

type Row = Prisma.SentenceGetPayload<{ include: typeof include }>;

export function toSentenceView(row: Row): SentenceView {
  const last = row.revisions[0];
  return {
    id: row.id,
    articleId: row.articleId,
    position: row.position,
    paragraph: row.paragraph,
    block: row.block as BlockType,
    sourceText: row.sourceText,
    text: row.text,
    status: row.status as SentenceStatus,
    version: row.version,
    originalText: row.originalText,
    updatedAt: row.updatedAt.toISOString(),
    lastChange: last ? { kind: last.kind, author: last.author, createdAt: last.createdAt.toISOString() } : null,
    hter: hter(row.sourceText, row.text),
  };
}

export const sentenceViewInclude = include;

export async function findSentenceView(client: Client, id: number): Promise<SentenceView> {
  const row = await client.sentence.findUnique({ where: { id }, include });
  if (!row) throw new AppError("not_found", `No sentence with id ${id}.`);
  return toSentenceView(row);
}

/** The conflict a stale write gets: the sentence as it is now, so the editor can compare and choose. */
export async function conflictError(client: Client, id: number): Promise<AppError> {
  const current = await findSentenceView(client, id);
  const removed = await client.sentence.findUnique({ where: { id }, select: { removedAt: true } });
  if (removed?.removedAt) {
    const who = current.lastChange ? ` by ${current.lastChange.author.name}` : "";
    return new AppError("conflict", `This sentence was split or merged${who}: reload the article.`, { current, removed: true });
  }
  const who = current.lastChange ? ` by ${current.lastChange.author.name}` : "";
  return new AppError("conflict", `This sentence was changed${who} since you opened it (now version ${current.version}).`, {
    current,
  });
}
