import "server-only";
import { db } from "@/server/db";
import { mtHash } from "./memory-key";

interface HashedRow {
  id: number;
  sourceText: string;
  mtHash: string | null;
}

/**
 * The memory key of each sentence, as stored when the sentence was written (import, split, merge). Rows
 * from before the column existed have none: theirs is computed and stored once, here (the back-fill);
 * the MT never changes, so a stored key never goes stale.
 */
export async function sentenceMtHashes<T extends HashedRow>(rows: readonly T[]): Promise<(T & { mtHash: string })[]> {
  const missing = rows.filter((row) => row.mtHash === null).map((row) => ({ id: row.id, mtHash: mtHash(row.sourceText) }));
  if (missing.length > 0) {
    await db.$transaction(missing.map((row) => db.sentence.updateMany({ where: { id: row.id, mtHash: null }, data: { mtHash: row.mtHash } })));
  }
  const filled = new Map(missing.map((row) => [row.id, row.mtHash]));
  return rows.map((row) => ({ ...row, mtHash: row.mtHash ?? filled.get(row.id) ?? mtHash(row.sourceText) }));
}
