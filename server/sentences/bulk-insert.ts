import "server-only";
import { databaseProvider } from "@/server/database-url";
import type { Database } from "@/server/db";
import { mtHash } from "@/server/memory/memory-key";

// An import writes thousands of rows. Prisma's createMany ran each batch through its query compiler, and
// even a raw multi-row INSERT costs Prisma and its adapter work per bound parameter (13 per sentence:
// half an import's time in bench/articles.ts). So the rows travel as ONE parameter, a JSON array, which
// the database expands itself: json_each on SQLite, jsonb_array_elements on PostgreSQL. That is the one
// provider-specific statement here, tested on both (server/sentences/bulk-insert.test.ts, npm run test:pg).
// The IMPORT revisions are then one set-based INSERT ... SELECT from the article's new sentences.

type Tx = Pick<Database, "$queryRaw" | "$executeRaw">;

export interface SentenceRow {
  position: number;
  paragraph: number;
  block: string;
  prefix: string;
  trailing: string;
  sourceText: string;
  text: string;
  hter: number;
  originalText: string | null;
}

/** One row as the JSON array both statements read: the order of `columns` below. */
type JsonRow = [number, number, string, string, string, string, string, string, number, string | null];

function jsonRows(rows: readonly SentenceRow[]): string {
  return JSON.stringify(
    rows.map((r): JsonRow => [r.position, r.paragraph, r.block, r.prefix, r.trailing, r.sourceText, mtHash(r.sourceText), r.text, r.hter, r.originalText]),
  );
}

async function insertSentenceRows(tx: Tx, articleId: number, json: string, now: Date): Promise<number> {
  if (databaseProvider() === "postgresql") {
    return tx.$executeRaw`
      INSERT INTO "Sentence" ("articleId", "position", "paragraph", "block", "prefix", "trailing", "sourceText", "mtHash", "text", "hter", "originalText", "status", "version", "createdAt", "updatedAt")
      SELECT CAST(${articleId} AS integer), (r->>0)::integer, (r->>1)::integer, r->>2, r->>3, r->>4, r->>5, r->>6, r->>7, (r->>8)::double precision, r->>9,
             'UNTOUCHED', 1, CAST(${now} AS timestamp(3)), CAST(${now} AS timestamp(3))
      FROM jsonb_array_elements(CAST(${json} AS jsonb)) AS r`;
  }
  return tx.$executeRaw`
    INSERT INTO "Sentence" ("articleId", "position", "paragraph", "block", "prefix", "trailing", "sourceText", "mtHash", "text", "hter", "originalText", "status", "version", "createdAt", "updatedAt")
    SELECT ${articleId}, json_extract(r.value, '$[0]'), json_extract(r.value, '$[1]'), json_extract(r.value, '$[2]'), json_extract(r.value, '$[3]'),
           json_extract(r.value, '$[4]'), json_extract(r.value, '$[5]'), json_extract(r.value, '$[6]'), json_extract(r.value, '$[7]'),
           json_extract(r.value, '$[8]'), json_extract(r.value, '$[9]'), 'UNTOUCHED', 1, ${now}, ${now}
    FROM json_each(${json}) AS r
    ORDER BY r.key`;
}

/**
 * Inserts a NEW article's sentences (with their MT's memory key, mtHash) and their IMPORT revisions
 * (version 1, status UNTOUCHED, by `authorId`) in the caller's transaction. The article must have no
 * sentences yet: every sentence of it gets an IMPORT revision.
 */
export async function insertImportedSentences(tx: Tx, articleId: number, rows: readonly SentenceRow[], authorId: number): Promise<void> {
  const now = new Date();
  const inserted = await insertSentenceRows(tx, articleId, jsonRows(rows), now);
  if (inserted !== rows.length) throw new Error(`Inserted ${inserted} of ${rows.length} sentences.`);
  await tx.$executeRaw`
    INSERT INTO "Revision" ("sentenceId", "articleId", "kind", "text", "status", "version", "authorId", "createdAt")
    SELECT "id", "articleId", 'IMPORT', "text", 'UNTOUCHED', 1, ${authorId}, ${now}
    FROM "Sentence" WHERE "articleId" = ${articleId}
    ORDER BY "id"`;
}
