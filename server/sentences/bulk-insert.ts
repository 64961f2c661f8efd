import "server-only";
import { Prisma } from "@/server/generated/prisma/client";
import type { Database } from "@/server/db";
import { mtHash } from "@/server/memory/memory-key";

// An import writes thousands of rows: Prisma's createMany runs each batch through its query compiler and
// createManyAndReturn reads every row back, which made an import 20× the raw work (bench/articles.ts).
// These are multi-row INSERTs in portable SQL (quoted identifiers, VALUES lists, RETURNING: SQLite ≥
// 3.35 and PostgreSQL), in chunks well under either database's limit on bound parameters.

type Tx = Pick<Database, "$queryRaw" | "$executeRaw">;

export interface SentenceRow {
  articleId: number;
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

const chunkSize = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += chunkSize) out.push(items.slice(i, i + chunkSize));
  return out;
}

/**
 * Inserts sentences (with their MT's memory key, mtHash) and their IMPORT revisions (version 1, status
 * UNTOUCHED, by `authorId`) in the caller's transaction. Positions must be unique within the article: the new ids are matched by them.
 */
export async function insertImportedSentences(tx: Tx, rows: SentenceRow[], authorId: number): Promise<void> {
  const now = new Date();
  for (const chunk of chunks(rows)) {
    const values = Prisma.join(
      chunk.map(
        (row) =>
          Prisma.sql`(${row.articleId}, ${row.position}, ${row.paragraph}, ${row.block}, ${row.prefix}, ${row.trailing}, ${row.sourceText}, ${mtHash(row.sourceText)}, ${row.text}, ${row.hter}, ${row.originalText}, 'UNTOUCHED', 1, ${now}, ${now})`,
      ),
    );
    const inserted = await tx.$queryRaw<{ id: number | bigint; position: number | bigint }[]>`
      INSERT INTO "Sentence" ("articleId", "position", "paragraph", "block", "prefix", "trailing", "sourceText", "mtHash", "text", "hter", "originalText", "status", "version", "createdAt", "updatedAt")
      VALUES ${values}
      RETURNING "id", "position"`;
    const idAt = new Map(inserted.map((row) => [Number(row.position), Number(row.id)]));
    const revisions = Prisma.join(
      chunk.map((row) => {
        const sentenceId = idAt.get(row.position);
        if (sentenceId === undefined) throw new Error(`Inserted sentence at position ${row.position} was not returned.`);
        return Prisma.sql`(${sentenceId}, ${row.articleId}, 'IMPORT', ${row.text}, 'UNTOUCHED', 1, ${authorId}, ${now})`;
      }),
    );
    await tx.$executeRaw`
      INSERT INTO "Revision" ("sentenceId", "articleId", "kind", "text", "status", "version", "authorId", "createdAt")
      VALUES ${revisions}`;
  }
}
