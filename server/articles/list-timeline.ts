import "server-only";
import type { RevisionKind } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";

export interface TimelineEntry {
  id: number;
  kind: RevisionKind;
  text: string;
  /** Text of the sentence before this revision ("" for an import). */
  previousText: string;
  version: number;
  createdAt: string;
  author: { id: number; name: string; email: string };
  sentence: { id: number; position: number };
}

/** All revisions of an article, newest first, optionally by one author. */
export async function listTimeline(options: { articleId: number; authorId?: number; limit?: number }): Promise<TimelineEntry[]> {
  const exists = await db.article.findUnique({ where: { id: options.articleId }, select: { id: true } });
  if (!exists) throw new AppError("not_found", `No article with id ${options.articleId}.`);
  const rows = await db.revision.findMany({
    where: { articleId: options.articleId, authorId: options.authorId },
    orderBy: { id: "desc" },
    take: options.limit ?? 500,
    include: {
      author: { select: { id: true, name: true, email: true } },
      sentence: { select: { id: true, position: true } },
    },
  });
  const previous = await Promise.all(
    rows.map((row) =>
      db.revision.findFirst({
        where: { sentenceId: row.sentenceId, version: { lt: row.version } },
        orderBy: { version: "desc" },
        select: { text: true },
      }),
    ),
  );
  return rows.map((row, index) => ({
    id: row.id,
    kind: row.kind as RevisionKind,
    text: row.text,
    previousText: previous[index]?.text ?? "",
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    author: row.author,
    sentence: row.sentence,
  }));
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
