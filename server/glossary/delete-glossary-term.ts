import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";

/** Removes a term from the installation glossary. */
export async function deleteGlossaryTerm(id: number): Promise<void> {
  const { count } = await db.glossaryTerm.deleteMany({ where: { id } });
  if (count === 0) throw new AppError("not_found", `No glossary term with id ${id}.`);
}
