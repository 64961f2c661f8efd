import "server-only";
import { AppError } from "@/lib/errors";
import type { GlossaryTerm } from "@/lib/glossary";
import { db, type Transaction } from "@/server/db";
import { Prisma } from "@/server/generated/prisma/client";

// A large glossary import must neither hold the database for its whole length (SQLite has one writer:
// every save would wait) nor ever leave half a glossary. Its terms are first written to
// GlossaryImportTerm in short batches, each its own statement, pausing between them so other requests
// run; then one short transaction moves them into GlossaryTerm with a few set-based statements, but
// only if the glossary is still at the version the import was planned against.

/** Terms written per statement while staging: 8 parameters each, far below both databases' limits (32,766 and 65,535). */
const stageBatch = 1000;
/** Staged rows deleted per statement when an import is cleaned up. */
const dropBatch = 10_000;
/** An import whose rows are older than this was interrupted (a crash, a restart): its rows are dropped. */
const staleAfterMs = 60 * 60 * 1000;

export const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface StagedTerm extends GlossaryTerm {
  /** The existing term this one replaces (merge), or null for a new term. */
  targetId: number | null;
}

/** Starts an import planned against glossary version `baseVersion`, dropping any interrupted ones first. */
export async function startGlossaryImport(baseVersion: number): Promise<number> {
  const stale = await db.glossaryImport.findMany({ where: { createdAt: { lt: new Date(Date.now() - staleAfterMs) } }, select: { id: true } });
  for (const { id } of stale) await dropGlossaryImport(id);
  return (await db.glossaryImport.create({ data: { baseVersion }, select: { id: true } })).id;
}

/**
 * Writes the import's terms, `stageBatch` per multi-row INSERT (portable SQL, as in
 * server/sentences/bulk-insert.ts: Prisma's createMany cost ten times more), letting other requests
 * run between statements.
 */
export async function stageTerms(importId: number, terms: readonly StagedTerm[]): Promise<void> {
  const now = new Date();
  for (let at = 0; at < terms.length; at += stageBatch) {
    const values = Prisma.join(
      terms
        .slice(at, at + stageBatch)
        .map((t) => Prisma.sql`(${importId}, ${t.targetId}, ${t.term}, ${JSON.stringify(t.forbidden)}, ${t.originalTerm || null}, ${t.note || null}, ${now}, ${now})`),
    );
    await db.$executeRaw`
      INSERT INTO "GlossaryImportTerm" ("importId", "targetId", "term", "forbidden", "originalTerm", "note", "createdAt", "updatedAt")
      VALUES ${values}`;
    await pause();
  }
}

/**
 * Makes the staged terms the glossary in one transaction: `replace` deletes every term first; rows with
 * a target update that term, the others are added. Refused (409, nothing changed) when any glossary
 * write happened since the import was planned, since its plan (which terms exist) may be out of date.
 */
export async function moveStagedTerms(importId: number, baseVersion: number, mode: "merge" | "replace"): Promise<void> {
  await db.$transaction(async (tx: Transaction) => {
    // Compare-and-set on the version row: also serialises concurrent imports on PostgreSQL.
    const { count } = await tx.glossaryVersion.updateMany({ where: { id: 1, version: baseVersion }, data: { version: { increment: 1 } } });
    if (count !== 1) throw new AppError("conflict", "The glossary changed while the file was being imported. Nothing was changed: import the file again.");
    if (mode === "replace") await tx.glossaryTerm.deleteMany({});
    else {
      await tx.$executeRaw`
        UPDATE "GlossaryTerm" SET "term" = s."term", "forbidden" = s."forbidden", "originalTerm" = s."originalTerm",
          "note" = s."note", "updatedAt" = s."updatedAt"
        FROM "GlossaryImportTerm" AS s
        WHERE s."importId" = ${importId} AND s."targetId" = "GlossaryTerm"."id"`;
    }
    await tx.$executeRaw`
      INSERT INTO "GlossaryTerm" ("term", "forbidden", "originalTerm", "note", "createdAt", "updatedAt")
      SELECT "term", "forbidden", "originalTerm", "note", "createdAt", "updatedAt" FROM "GlossaryImportTerm"
      WHERE "importId" = ${importId} AND "targetId" IS NULL ORDER BY "id"`;
  });
}

/** Deletes an import and its staged rows, `dropBatch` rows per statement. */
export async function dropGlossaryImport(importId: number): Promise<void> {
  for (;;) {
    const batch = await db.glossaryImportTerm.findMany({ where: { importId }, select: { id: true }, orderBy: { id: "asc" }, skip: dropBatch - 1, take: 1 });
    if (batch.length === 0) break;
    await db.glossaryImportTerm.deleteMany({ where: { importId, id: { lte: batch[0].id } } });
    await pause();
  }
  await db.glossaryImport.deleteMany({ where: { id: importId } });
}
