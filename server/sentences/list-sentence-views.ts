import "server-only";
import type { SentenceView } from "@/lib/api-types";
import type { Database } from "@/server/db";
import { fieldsFromRaw, sentenceView, storeMissingHter, type RawSentenceRow } from "./sentence-view";

// The sentences of an article as the workspace shows them, in one query: the rows, and for each the
// revision that produced its current version (the last change) with its author. Portable SQL (quoted
// identifiers, a correlated subquery on the (sentenceId, version) index), because going through
// Prisma's include read every revision of the article and cost most of a long article's GET.

type Client = Pick<Database, "$queryRaw" | "sentence">;

interface Row extends RawSentenceRow {
  lastKind: string | null;
  lastAt: Date | string | null;
  authorId: number | bigint | null;
  authorName: string | null;
  authorEmail: string | null;
}

// LIMIT takes a number on both SQLite and PostgreSQL; this one is above any article's size.
const maxRows = 2_147_483_647;

/** Every sentence, or with `limit` the first `limit` of them (the article page's first screen). */
export async function listSentenceViews(client: Client, articleId: number, limit = maxRows): Promise<SentenceView[]> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT s."id", s."articleId", s."position", s."paragraph", s."block", s."prefix", s."sourceText", s."text", s."status", s."version",
           s."originalText", s."updatedAt", s."hter",
           r."kind" AS "lastKind", r."createdAt" AS "lastAt", u."id" AS "authorId", u."name" AS "authorName", u."email" AS "authorEmail"
    FROM "Sentence" s
    LEFT JOIN "Revision" r ON r."id" = (
      SELECT MAX(r2."id") FROM "Revision" r2 WHERE r2."sentenceId" = s."id" AND r2."version" = s."version"
    )
    LEFT JOIN "User" u ON u."id" = r."authorId"
    WHERE s."articleId" = ${articleId} AND s."removedAt" IS NULL
    ORDER BY s."position", s."id"
    LIMIT ${limit}`;
  const fields = rows.map(fieldsFromRaw);
  await storeMissingHter(client, fields);
  return rows.map((row, index) =>
    sentenceView(
      fields[index],
      row.lastKind !== null && row.lastAt !== null && row.authorId !== null
        ? {
            kind: row.lastKind,
            author: { id: Number(row.authorId), name: row.authorName ?? "", email: row.authorEmail ?? "" },
            createdAt: new Date(row.lastAt).toISOString(),
          }
        : null,
    ),
  );
}
