import "server-only";
import { z } from "zod";
import type { GlossaryTermView } from "@/lib/api-types";
import type { GlossaryTerm } from "@/lib/glossary/term";
import { db } from "@/server/db";

const forbiddenList = z.array(z.string());

interface GlossaryRow {
  id: number;
  term: string;
  forbidden: string;
  originalTerm: string | null;
  note: string | null;
  updatedAt: Date;
}

/** The stored JSON list of forbidden variants; a malformed list only loses its variants, the term still counts. */
function forbiddenOf(row: { forbidden: string }): string[] {
  try {
    return forbiddenList.parse(JSON.parse(row.forbidden));
  } catch {
    return [];
  }
}

export function toGlossaryTermView(row: GlossaryRow): GlossaryTermView {
  return { id: row.id, term: row.term, forbidden: forbiddenOf(row), originalTerm: row.originalTerm, note: row.note, updatedAt: row.updatedAt.toISOString() };
}

/** The installation glossary with ids, by term. */
export async function loadGlossaryViews(): Promise<GlossaryTermView[]> {
  const rows = await db.glossaryTerm.findMany({ orderBy: { term: "asc" } });
  return rows.map(toGlossaryTermView);
}

/** The installation glossary as the pure QA and export code takes it. */
export async function loadGlossary(): Promise<GlossaryTerm[]> {
  return (await loadGlossaryViews()).map(({ term, forbidden, originalTerm, note }) => ({ term, forbidden, originalTerm, note }));
}
