import "server-only";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { bumpGlossaryVersion } from "./glossary-version";

/** Removes a term from the installation glossary. */
export async function deleteGlossaryTerm(id: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const { count } = await tx.glossaryTerm.deleteMany({ where: { id } });
    if (count === 0) throw new AppError("not_found", `No glossary term with id ${id}.`);
    await bumpGlossaryVersion(tx);
  });
}
