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

/** The HTER stored with the row; computed only for a row written before the column existed. */
export function rowHter(row: { sourceText: string; text: string; hter: number | null }): number {
  return row.hter ?? hter(row.sourceText, row.text);
}

/** The fields a view is made of: a sentence row, or what a write knows the row now holds. */
export interface SentenceFields {
  id: number;
  articleId: number;
  position: number;
  paragraph: number;
  block: string;
  prefix: string;
  sourceText: string;
  text: string;
  status: string;
  version: number;
  originalText: string | null;
  updatedAt: Date;
  hter: number | null;
}

/** A sentence row as raw SQL returns it (integers may come back as bigint, dates as text on SQLite). */
export interface RawSentenceRow {
  id: number | bigint;
  articleId: number | bigint;
  position: number | bigint;
  paragraph: number | bigint;
  block: string;
  prefix: string;
  sourceText: string;
  text: string;
  status: string;
  version: number | bigint;
  originalText: string | null;
  updatedAt: Date | string;
  hter: number | null;
}

export function fieldsFromRaw(row: RawSentenceRow): SentenceFields {
  return {
    id: Number(row.id),
    articleId: Number(row.articleId),
    position: Number(row.position),
    paragraph: Number(row.paragraph),
    block: row.block,
    prefix: row.prefix,
    sourceText: row.sourceText,
    text: row.text,
    status: row.status,
    version: Number(row.version),
    originalText: row.originalText,
    updatedAt: new Date(row.updatedAt),
    hter: row.hter === null ? null : Number(row.hter),
  };
}

export function sentenceView(fields: SentenceFields, lastChange: SentenceView["lastChange"]): SentenceView {
  return {
    id: fields.id,
    articleId: fields.articleId,
    position: fields.position,
    paragraph: fields.paragraph,
    block: fields.block as BlockType,
    prefix: fields.prefix,
    sourceText: fields.sourceText,
    text: fields.text,
    status: fields.status as SentenceStatus,
    version: fields.version,
    originalText: fields.originalText,
    updatedAt: fields.updatedAt.toISOString(),
    lastChange,
    hter: rowHter(fields),
  };
}

export function toSentenceView(row: Row): SentenceView {
  const last = row.revisions[0];
  return sentenceView(row, last ? { kind: last.kind, author: last.author, createdAt: last.createdAt.toISOString() } : null);
}

export const sentenceViewInclude = include;

/**
 * Stores the HTER of rows that have none yet (written before the column existed), once: the back-fill
 * of older databases, done the first time their article is read.
 */
export async function storeMissingHter(client: Pick<Client, "sentence">, rows: { id: number; sourceText: string; text: string; hter: number | null }[]): Promise<void> {
  for (const row of rows) {
    if (row.hter !== null) continue;
    row.hter = hter(row.sourceText, row.text);
    await client.sentence.updateMany({ where: { id: row.id, text: row.text }, data: { hter: row.hter } });
  }
}

export async function findSentenceView(client: Client, id: number): Promise<SentenceView> {
  const row = await client.sentence.findUnique({ where: { id }, include });
  if (!row) throw new AppError("not_found", `No sentence with id ${id}.`);
  return toSentenceView(row);
}

/** The conflict a stale write gets: the sentence as it is now, so the editor can compare and choose. */
export async function conflictError(client: Client, id: number): Promise<AppError> {
  const row = await client.sentence.findUnique({ where: { id }, include });
  if (!row) return new AppError("not_found", `No sentence with id ${id}.`);
  const current = toSentenceView(row);
  const who = current.lastChange ? ` by ${current.lastChange.author.name}` : "";
  if (row.removedAt) {
    return new AppError("conflict", `This sentence was split or merged${who}: reload the article.`, { current, removed: true });
  }
  return new AppError("conflict", `This sentence was changed${who} since you opened it (now version ${current.version}).`, {
    current,
  });
}
