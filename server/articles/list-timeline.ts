import "server-only";
import type { RevisionKind } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { sentenceNumbers } from "./sentence-numbers";

export interface TimelineEntry {
  id: number;
  kind: RevisionKind;
  text: string;
  /** Text of the sentence before this revision ("" for an import). */
  previousText: string;
  version: number;
  createdAt: string;
  author: { id: number; name: string; email: string };
  sentence: { id: number; position: number; /** 1-based number in article order; null once split or merged away. */ number: number | null };
  /** The change set (find and replace, bulk revert) this revision was part of. */
  changeSet: { id: string; kind: string; description: string } | null;
}

export interface TimelineFilter {
  articleId: number;
  authorId?: number;
  kind?: RevisionKind;
  /** Only revisions made at or after `from` and at or before `to`. */
  from?: Date;
  to?: Date;
  limit?: number;
}

/** All revisions of an article, newest first, optionally by one author, of one kind, within a time span. */
export async function listTimeline(options: TimelineFilter): Promise<TimelineEntry[]> {
  const exists = await db.article.findUnique({ where: { id: options.articleId }, select: { id: true } });
  if (!exists) throw new AppError("not_found", `No article with id ${options.articleId}.`);
  const rows = await db.revision.findMany({
    where: {
      articleId: options.articleId,
      authorId: options.authorId,
      kind: options.kind,
      createdAt: options.from || options.to ? { gte: options.from, lte: options.to } : undefined,
    },
    orderBy: { id: "desc" },
    take: options.limit ?? 500,
    include: {
      author: { select: { id: true, name: true, email: true } },
      sentence: { select: { id: true, position: true } },
      changeSet: { select: { id: true, kind: true, description: true } },
    },
  });
  const previous = await previousTexts(rows);
  const numbers = await sentenceNumbers(db, options.articleId);
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as RevisionKind,
    text: row.text,
    previousText: previous.get(row.id) ?? "",
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    sentence: { ...row.sentence, number: numbers.get(row.sentence.id) ?? null },
    changeSet: row.changeSet,
  }));
}

/**
 * The text each revision replaced: its sentence's revision just below it. Versions go up by one per
 * write, so one query finds them all (not one per row); a row whose version below is missing (none is
 * expected) looks further down on its own. An IMPORT replaced nothing: "".
 */
async function previousTexts(rows: { id: number; sentenceId: number; version: number }[]): Promise<Map<number, string>> {
  const wanted = rows.filter((row) => row.version > 1).map((row) => ({ sentenceId: row.sentenceId, version: row.version - 1 }));
  const found = wanted.length === 0 ? [] : await db.revision.findMany({ where: { OR: wanted }, select: { sentenceId: true, version: true, text: true } });
  const key = (sentenceId: number, version: number) => `${sentenceId}:${version}`;
  const texts = new Map(found.map((row) => [key(row.sentenceId, row.version), row.text]));
  const previous = new Map<number, string>();
  for (const row of rows) {
    let text = row.version > 1 ? texts.get(key(row.sentenceId, row.version - 1)) : "";
    if (text === undefined) {
      const below = await db.revision.findFirst({ where: { sentenceId: row.sentenceId, version: { lt: row.version } }, orderBy: { version: "desc" }, select: { text: true } });
      text = below?.text ?? "";
    }
    previous.set(row.id, text);
  }
  return previous;
}

/** People who have changed the article, for the timeline's author filter. */
export async function listTimelineAuthors(articleId: number): Promise<{ id: number; name: string }[]> {
  const rows = await db.revision.findMany({
    where: { articleId },
    distinct: ["authorId"],
    select: { author: { select: { id: true, name: true } } },
  });
  return rows.map((row) => row.author);
}
