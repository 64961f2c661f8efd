import "server-only";
import type { DbClient } from "@/server/db";
import { fieldsFromRaw, type RawSentenceRow, type SentenceFields } from "./sentence-view";

// The statements of the save path (writeRevisionIn), as portable SQL through Prisma's raw queries.
// bench/save.ts showed Prisma's query compiler to be the ceiling of a save: compiling each model query
// took more CPU than SQLite took to run it. Quoted identifiers and standard SQL, so the same statements
// run on SQLite and PostgreSQL; server/sentences/save-statements.test.ts runs on both (npm run test:pg).

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


/** The compare-and-set: true when the row was still at `version` (and not removed) and now holds the new values. */
export async function compareAndSetSentence(
  client: Client,
  change: { id: number; version: number; text: string; status: string; hter: number; updatedAt: Date },
): Promise<boolean> {
  const count = await client.$executeRaw`
    UPDATE "Sentence" SET "text" = ${change.text}, "status" = ${change.status}, "version" = ${change.version + 1},
           "hter" = ${change.hter}, "updatedAt" = ${change.updatedAt}
    WHERE "id" = ${change.id} AND "version" = ${change.version} AND "removedAt" IS NULL`;
  return count === 1;
}

export interface NewRevision {
  sentenceId: number;
  articleId: number;
  kind: string;
  text: string;
  status: string;
  version: number;
  authorId: number;
  createdAt: Date;
  changeSetId: string | null;
  note: string | null;
}

export async function insertRevision(client: Client, revision: NewRevision): Promise<void> {
  await client.$executeRaw`
    INSERT INTO "Revision" ("sentenceId", "articleId", "kind", "text", "status", "version", "authorId", "createdAt", "changeSetId", "note")
    VALUES (${revision.sentenceId}, ${revision.articleId}, ${revision.kind}, ${revision.text}, ${revision.status}, ${revision.version},
            ${revision.authorId}, ${revision.createdAt}, ${revision.changeSetId}, ${revision.note})`;
}

export async function touchArticle(client: Client, articleId: number, updatedAt: Date): Promise<void> {
  await client.$executeRaw`UPDATE "Article" SET "updatedAt" = ${updatedAt} WHERE "id" = ${articleId}`;
}
