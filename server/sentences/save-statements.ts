import "server-only";
import { databaseProvider } from "@/server/database-url";
import type { DbClient } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { fieldsFromRaw, type RawSentenceRow, type SentenceFields } from "./sentence-view";

// The statements of the save path (write-revision.ts), as portable SQL through Prisma's raw queries.
// bench/save.ts showed Prisma's query compiler to be the ceiling of a save: compiling each model query
// took more CPU than SQLite took to run it. Quoted identifiers and standard SQL (casts where PostgreSQL
// cannot infer a parameter's type), so the same statements run on SQLite and PostgreSQL; only the table
// of writes is read from JSON in each database's own way (`writesTable`). save-statements.test.ts runs
// on both (npm run test:pg). The saves of one moment share these statements: save-group.ts.

type Client = Pick<DbClient, "$queryRaw" | "$executeRaw">;

/** A sentence with what a write checks on its article. */
export interface SentenceForWrite extends SentenceFields {
  removed: boolean;
  articleState: string;
  sourceLang: string;
  targetLang: string;
}

interface Row extends RawSentenceRow {
  removedAt: Date | string | null;
  articleState: string;
  sourceLang: string;
  targetLang: string;
}

export async function findSentenceForWrite(client: Client, id: number): Promise<SentenceForWrite | null> {
  return (await findSentencesForWrite(client, [id])).get(id) ?? null;
}

/** Several sentences at once, by id (those that exist). */
export async function findSentencesForWrite(client: Client, ids: number[]): Promise<Map<number, SentenceForWrite>> {
  const rows = await client.$queryRaw<Row[]>`
    SELECT s."id", s."articleId", s."position", s."paragraph", s."block", s."prefix", s."sourceText", s."text", s."status",
           s."version", s."hter", s."originalText", s."updatedAt", s."removedAt",
           a."state" AS "articleState", a."sourceLang", a."targetLang"
    FROM "Sentence" s JOIN "Article" a ON a."id" = s."articleId"
    WHERE s."id" IN (${Prisma.join(ids)})`;
  const found = new Map<number, SentenceForWrite>();
  for (const row of rows) {
    const fields = fieldsFromRaw(row);
    found.set(fields.id, { ...fields, removed: row.removedAt !== null, articleState: row.articleState, sourceLang: row.sourceLang, targetLang: row.targetLang });
  }
  return found;
}

/** A write decided from the sentence as read (write-revision.ts): the compare-and-set and what goes with it. */
export interface PlannedWrite {
  sentenceId: number;
  articleId: number;
  /** The article's state as read: the write happens only if it is still so (an editable state). */
  articleState: string;
  /** The version the writer started from; the sentence goes to the next one. */
  fromVersion: number;
  text: string;
  status: string;
  hter: number;
  kind: string;
  authorId: number;
  changeSetId: string | null;
  note: string | null;
}

/** A live event the batch wrote: one per sentence it changed. */
export interface WrittenEvent {
  id: number | bigint;
  sentenceId: number;
}

type Statements = [Prisma.PrismaPromise<number>, Prisma.PrismaPromise<number>, Prisma.PrismaPromise<WrittenEvent[]>, Prisma.PrismaPromise<number>];

/** The columns of the writes table, in order, with their SQL types. */
const columns = {
  ord: "integer",
  sentenceId: "integer",
  articleId: "integer",
  articleState: "text",
  fromVersion: "integer",
  text: "text",
  status: "text",
  hter: "double precision",
  kind: "text",
  authorId: "integer",
  changeSetId: "text",
  note: "text",
} as const;

const names = Object.keys(columns) as (keyof typeof columns)[];
const sqliteColumns = Prisma.raw(names.map((name) => `json_extract(j."value", '$.${name}') AS "${name}"`).join(", "));
const postgresColumns = Prisma.raw(names.map((name) => `"${name}" ${columns[name]}`).join(", "));

/**
 * The writes as a table `w`, one row each in order (`ord`), sent as ONE JSON parameter: the statement's
 * text is the same for any number of writes (SQLite prepares it faster than a VALUES list, which it had
 * to parse anew for every size) and Prisma maps one argument instead of twelve a write.
 */
function writesTable(writes: PlannedWrite[]): Prisma.Sql {
  const json = JSON.stringify(writes.map((write, ord) => ({ ord, ...write })));
  return databaseProvider() === "postgresql"
    ? Prisma.sql`WITH w AS (SELECT * FROM jsonb_to_recordset(CAST(${json} AS jsonb)) AS j(${postgresColumns}))`
    : Prisma.sql`WITH w AS (SELECT ${sqliteColumns} FROM json_each(${json}) j)`;
}

/** Sentence `s` exactly as the compare-and-set leaves it for write `w`: what each later statement requires. */
function asWritten(at: Date): Prisma.Sql {
  return Prisma.sql`s."id" = w."sentenceId" AND s."version" = w."fromVersion" + 1 AND s."updatedAt" = ${at} AND s."text" = w."text" AND s."status" = w."status"`;
}

/**
 * The four statements of a batch of writes (each to a different sentence), all at time `at`, in order: the
 * compare-and-set `UPDATE … WHERE version = ?` (which also stores the HTER, and requires the article's
 * state as read), the revisions, the live events (their ids) and the articles' updatedAt. Each statement
 * after the first copies from, and requires, the sentence exactly as the compare-and-set leaves it, so
 * they can run as one batch: a write whose compare-and-set changed nothing writes nothing, and the others
 * are unaffected. Another writer that left a sentence exactly so (same text and status, same millisecond)
 * cannot slip a second revision in: Revision's (sentenceId, version) is unique, and the batch fails.
 * Lazy: each runs when awaited, or all of them in `$transaction([...])`.
 */
export function writeStatements(client: Client, writes: PlannedWrite[], at: Date): Statements {
  const w = writesTable(writes);
  return [
    client.$executeRaw`${w}
      UPDATE "Sentence" SET "text" = w."text", "status" = w."status", "version" = w."fromVersion" + 1, "hter" = w."hter", "updatedAt" = ${at}
      FROM w
      WHERE "Sentence"."id" = w."sentenceId" AND "Sentence"."version" = w."fromVersion" AND "Sentence"."removedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = "Sentence"."articleId" AND a."state" = w."articleState")`,
    client.$executeRaw`${w}
      INSERT INTO "Revision" ("sentenceId", "articleId", "kind", "text", "status", "version", "authorId", "createdAt", "changeSetId", "note")
      SELECT s."id", s."articleId", w."kind", s."text", s."status", s."version", w."authorId", s."updatedAt", w."changeSetId", w."note"
      FROM w, "Sentence" s WHERE ${asWritten(at)} ORDER BY w."ord"`,
    client.$queryRaw<WrittenEvent[]>`${w}
      INSERT INTO "LiveEvent" ("articleId", "type", "action", "sentenceId", "version", "actorId", "createdAt")
      SELECT s."articleId", 'sentence', w."kind", s."id", s."version", w."authorId", s."updatedAt"
      FROM w, "Sentence" s WHERE ${asWritten(at)} ORDER BY w."ord"
      RETURNING "id", "sentenceId"`,
    client.$executeRaw`${w}
      UPDATE "Article" SET "updatedAt" = ${at}
      WHERE "id" IN (SELECT s."articleId" FROM w, "Sentence" s WHERE ${asWritten(at)})`,
  ];
}
