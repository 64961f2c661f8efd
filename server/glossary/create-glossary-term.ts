import "server-only";
import type { GlossaryTermView } from "@/lib/api-types";
import { glossaryTermSchema } from "@/lib/glossary/term";
import { db } from "@/server/db";
import { toGlossaryTermView } from "./load-glossary";
import { bumpGlossaryVersion } from "./glossary-version";
import { assertGlossaryRoom } from "./import-glossary";
import { assertTermFree } from "./term-conflict";

/** Adds a term to the installation glossary; 409 when the term is already there. */
export async function createGlossaryTerm(input: unknown): Promise<GlossaryTermView> {
  const term = glossaryTermSchema.parse(input);
  await assertTermFree(term.term);
  return db.$transaction(async (tx) => {
    await assertGlossaryRoom(tx, 1);
    const row = await tx.glossaryTerm.create({
      data: { term: term.term, forbidden: JSON.stringify(term.forbidden), originalTerm: term.originalTerm || null, note: term.note || null },
    });
    await bumpGlossaryVersion(tx);
    return toGlossaryTermView(row);
  });
}
