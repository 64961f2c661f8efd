import "server-only";
import type { DbClient } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";
import { fieldsFromRaw, type RawSentenceRow, type SentenceFields } from "./sentence-view";

// The statements of the save path (write-revision.ts), as portable SQL through Prisma's raw queries.
// bench/save.ts showed Prisma's query compiler to be the ceiling of a save: compiling each model query
// took more CPU than SQLite took to run it. Quoted identifiers and standard SQL (casts where PostgreSQL
// cannot infer a parameter's type), so the same statements run on SQLite and PostgreSQL;
// save-statements.test.ts runs on both (npm run test:pg).

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
  const rows = await client.$queryRaw<Row[]>`
    SELECT s."id", s."articleId", s."position", s."paragraph", s."block", s."prefix", s."sourceText", s."text", s."status",
           s."version", s."hter", s."originalText", s."updatedAt", s."removedAt",
           a."state" AS "articleState", a."sourceLang", a."targetLang"
    FROM "Sentence" s JOIN "Article" a ON a."id" = s."articleId"
    WHERE s."id" = ${id}`;
  const row = rows[0];
  if (!row) return null;
  return { ...fieldsFromRaw(row), removed: row.removedAt !== null, articleState: row.articleState, sourceLang: row.sourceLang, targetLang: row.targetLang };
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
  at: Date;
  kind: string;
  authorId: number;
  changeSetId: string | null;
  note: string | null;
}

type Statements = [Prisma.PrismaPromise<number>, Prisma.PrismaPromise<number>, Prisma.PrismaPromise<{ id: number | bigint }[]>, Prisma.PrismaPromise<number>];

/** The sentence exactly as the compare-and-set leaves it: what each later statement of the write requires. */
function asWritten(plan: PlannedWrite): Prisma.Sql {
  return Prisma.sql`s."id" = ${plan.sentenceId} AND s."version" = ${plan.fromVersion + 1} AND s."updatedAt" = ${plan.at} AND s."text" = ${plan.text} AND s."status" = ${plan.status}`;
}

/**
 * A write's four statements, in order: the compare-and-set `UPDATE … WHERE version = ?` (which also
 * stores the HTER, and requires the article's state as read), the revision, the live event (its id) and
 * the article's updatedAt. Each statement after the first copies from, and requires, the sentence exactly
 * as the compare-and-set leaves it, so they can run as one batch: when the compare-and-set changed
 * nothing, they write nothing. Another writer that left the sentence exactly so (same text and status,
 * same millisecond) cannot slip a second revision in: Revision's (sentenceId, version) is unique, and the
 * batch fails. Lazy: each runs when awaited, or all of them in `$transaction([...])`.
 */
export function writeStatements(client: Client, plan: PlannedWrite): Statements {
  const next = plan.fromVersion + 1;
  return [
    client.$executeRaw`
      UPDATE "Sentence" SET "text" = ${plan.text}, "status" = ${plan.status}, "version" = ${next}, "hter" = ${plan.hter}, "updatedAt" = ${plan.at}
      WHERE "id" = ${plan.sentenceId} AND "version" = ${plan.fromVersion} AND "removedAt" IS NULL
        AND EXISTS (SELECT 1 FROM "Article" a WHERE a."id" = "Sentence"."articleId" AND a."state" = ${plan.articleState})`,
    client.$executeRaw`
      INSERT INTO "Revision" ("sentenceId", "articleId", "kind", "text", "status", "version", "authorId", "createdAt", "changeSetId", "note")
      SELECT s."id", s."articleId", ${plan.kind}, s."text", s."status", s."version", CAST(${plan.authorId} AS INTEGER), s."updatedAt", ${plan.changeSetId}, ${plan.note}
      FROM "Sentence" s WHERE ${asWritten(plan)}`,
    client.$queryRaw<{ id: number | bigint }[]>`
      INSERT INTO "LiveEvent" ("articleId", "type", "action", "sentenceId", "version", "actorId", "createdAt")
      SELECT s."articleId", 'sentence', ${plan.kind}, s."id", s."version", CAST(${plan.authorId} AS INTEGER), s."updatedAt"
      FROM "Sentence" s WHERE ${asWritten(plan)}
      RETURNING "id"`,
    client.$executeRaw`
      UPDATE "Article" SET "updatedAt" = ${plan.at}
      WHERE "id" = ${plan.articleId} AND EXISTS (SELECT 1 FROM "Sentence" s WHERE ${asWritten(plan)})`,
  ];
}
