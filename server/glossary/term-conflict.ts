import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";

/** Refuses a term another entry already has (case-insensitively, as the CSV import does). */
export async function assertTermFree(term: string, exceptId?: number): Promise<void> {
  const key = term.toLowerCase();
  const rows = await db.glossaryTerm.findMany({ select: { id: true, term: true } });
  const taken = rows.find((row) => row.id !== exceptId && row.term.toLowerCase() === key);
  if (taken) throw new AppError("conflict", `The glossary already has the term “${taken.term}”.`, { termId: taken.id });
}
