import "server-only";
import type { GlossaryTermView } from "@/lib/api-types";
import { glossaryTermSchema } from "@/lib/glossary/term";
import { db } from "@/server/db";
import { toGlossaryTermView } from "./load-glossary";
import { assertTermFree } from "./term-conflict";

/** Adds a term to the installation glossary; 409 when the term is already there. */
export async function createGlossaryTerm(input: unknown): Promise<GlossaryTermView> {
  const term = glossaryTermSchema.parse(input);
  await assertTermFree(term.term);
  const row = await db.glossaryTerm.create({
    data: { term: term.term, forbidden: JSON.stringify(term.forbidden), originalTerm: term.originalTerm || null, note: term.note || null },
  });
  return toGlossaryTermView(row);
}
