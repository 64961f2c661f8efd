import "server-only";
import { z } from "zod";
import type { GlossaryTermView } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import { glossaryTermSchema } from "@/lib/glossary/term";
import { db } from "@/server/db";
import { toGlossaryTermView } from "./load-glossary";
import { bumpGlossaryVersion } from "./glossary-version";
import { assertTermFree } from "./term-conflict";

/** A PATCH names only the fields it changes; the merged entry is validated whole. */
export const glossaryPatchSchema = z
  .object({
    term: z.string().optional(),
    forbidden: z.array(z.string()).optional(),
    originalTerm: z.string().nullable().optional(),
    note: z.string().nullable().optional(),
  })
  .strict();

export async function updateGlossaryTerm(id: number, patch: z.infer<typeof glossaryPatchSchema>): Promise<GlossaryTermView> {
  const row = await db.glossaryTerm.findUnique({ where: { id } });
  if (!row) throw new AppError("not_found", `No glossary term with id ${id}.`);
  const current = toGlossaryTermView(row);
  const term = glossaryTermSchema.parse({
    term: patch.term ?? current.term,
    forbidden: patch.forbidden ?? current.forbidden,
    originalTerm: patch.originalTerm === undefined ? current.originalTerm : patch.originalTerm,
    note: patch.note === undefined ? current.note : patch.note,
  });
  await assertTermFree(term.term, id);
  return db.$transaction(async (tx) => {
    const updated = await tx.glossaryTerm.update({
      where: { id },
      data: { term: term.term, forbidden: JSON.stringify(term.forbidden), originalTerm: term.originalTerm || null, note: term.note || null },
    });
    await bumpGlossaryVersion(tx);
    return toGlossaryTermView(updated);
  });
}
