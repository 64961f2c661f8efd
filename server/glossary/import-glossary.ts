import "server-only";
import type { GlossaryImportResult } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import { parseGlossaryCsv } from "@/lib/glossary/csv";
import { db } from "@/server/db";

export const glossaryImportModes = ["merge", "replace"] as const;
export type GlossaryImportMode = (typeof glossaryImportModes)[number];

export function glossaryImportMode(value: string | null): GlossaryImportMode {
  const mode = value ?? "merge";
  if (mode !== "merge" && mode !== "replace") {
    throw new AppError("bad_request", `Unknown import mode "${mode}". Use merge or replace.`);
  }
  return mode;
}

/**
 * Imports a glossary CSV. The whole file is checked first; a bad line is a 422 naming the line and
 * nothing is stored. `replace` swaps the glossary for the file; `merge` updates terms the file names
 * (matched case-insensitively) and adds the others.
 */
export async function importGlossary(csv: string, mode: GlossaryImportMode): Promise<GlossaryImportResult> {
  const terms = parseGlossaryCsv(csv);
  const data = (t: (typeof terms)[number]) => ({
    term: t.term,
    forbidden: JSON.stringify(t.forbidden),
    originalTerm: t.originalTerm || null,
    note: t.note || null,
  });
  return db.$transaction(async (tx) => {
    const existing = await tx.glossaryTerm.findMany({ select: { id: true, term: true } });
    if (mode === "replace") {
      await tx.glossaryTerm.deleteMany({});
      if (terms.length > 0) await tx.glossaryTerm.createMany({ data: terms.map(data) });
      return { mode, created: terms.length, updated: 0, deleted: existing.length, total: terms.length };
    }
    const byKey = new Map(existing.map((row) => [row.term.toLowerCase(), row.id]));
    let created = 0;
    let updated = 0;
    for (const term of terms) {
      const id = byKey.get(term.term.toLowerCase());
      if (id === undefined) {
        await tx.glossaryTerm.create({ data: data(term) });
        created++;
      } else {
        await tx.glossaryTerm.update({ where: { id }, data: data(term) });
        updated++;
      }
    }
    return { mode, created, updated, deleted: 0, total: existing.length + created };
  });
}
