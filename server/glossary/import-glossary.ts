import "server-only";
import type { GlossaryImportResult } from "@/lib/api-types";
import { maxGlossaryCsvBytes } from "@/lib/api/limits";
import { AppError } from "@/lib/errors";
import { glossaryCsvRows, type GlossaryTerm } from "@/lib/glossary";
import { db } from "@/server/db";
import { dropGlossaryImport, moveStagedTerms, pause, stageTerms, startGlossaryImport, type StagedTerm } from "./glossary-import-staging";
import type { GlossaryClient } from "./glossary-version";

export { maxGlossaryCsvBytes };

export const glossaryImportModes = ["merge", "replace"] as const;
export type GlossaryImportMode = (typeof glossaryImportModes)[number];

/** Most terms the installation glossary may hold (checks stay fast well beyond it: lib/glossary/matcher.ts). */
export const maxGlossaryTerms = 100_000;
/** Terms validated or read between two pauses that let other requests run. */
const batchSize = 5000;

export function glossaryImportMode(value: string | null): GlossaryImportMode {
  const mode = value ?? "merge";
  if (mode !== "merge" && mode !== "replace") {
    throw new AppError("bad_request", `Unknown import mode "${mode}". Use merge or replace.`);
  }
  return mode;
}

function tooMany(): AppError {
  return new AppError("unprocessable", `A glossary may hold at most ${maxGlossaryTerms.toLocaleString("en")} terms.`);
}

/** Refuses (422) a write that would take the glossary past `maxGlossaryTerms`. */
export async function assertGlossaryRoom(tx: GlossaryClient, adding: number): Promise<void> {
  if ((await tx.glossaryTerm.count()) + adding > maxGlossaryTerms) throw tooMany();
}

/** Every term of the CSV, checked, pausing every `batchSize` terms so one import does not hold the server. */
async function readTerms(csv: string): Promise<GlossaryTerm[]> {
  const terms: GlossaryTerm[] = [];
  for (const term of glossaryCsvRows(csv)) {
    terms.push(term);
    if (terms.length > maxGlossaryTerms) throw tooMany();
    if (terms.length % batchSize === 0) await pause();
  }
  return terms;
}

/** The glossary version the import plans against (the row is created if no write made it yet). */
async function glossaryVersion(): Promise<number> {
  const row = await db.glossaryVersion.upsert({ where: { id: 1 }, create: { id: 1, version: 0 }, update: {} });
  return row.version;
}

/** Existing terms by lower-cased term → id, and how many there are, read a page at a time. */
async function existingTerms(): Promise<{ ids: Map<string, number>; count: number }> {
  const ids = new Map<string, number>();
  let count = 0;
  for (let after = 0; ; ) {
    const rows = await db.glossaryTerm.findMany({ where: { id: { gt: after } }, orderBy: { id: "asc" }, take: batchSize, select: { id: true, term: true } });
    for (const row of rows) ids.set(row.term.toLowerCase(), row.id);
    count += rows.length;
    if (rows.length < batchSize) return { ids, count };
    after = rows[rows.length - 1].id;
    await pause();
  }
}

/**
 * Imports a glossary CSV. The whole file is checked first; a bad line is a 422 naming the line and
 * nothing is stored. `replace` swaps the glossary for the file; `merge` updates terms the file names
 * (matched case-insensitively) and adds the others. At most `maxGlossaryTerms` terms in the end.
 * The terms are staged in short batches and made the glossary at once (glossary-import-staging.ts):
 * other requests go on meanwhile, and the glossary is never half imported. A glossary write by someone
 * else during the import makes it a 409 that changes nothing.
 */
export async function importGlossary(csv: string, mode: GlossaryImportMode): Promise<GlossaryImportResult> {
  const terms = await readTerms(csv);
  const baseVersion = await glossaryVersion();
  let staged: StagedTerm[];
  let result: GlossaryImportResult;
  if (mode === "replace") {
    const deleted = await db.glossaryTerm.count();
    staged = terms.map((term) => ({ ...term, targetId: null }));
    result = { mode, created: terms.length, updated: 0, deleted, total: terms.length };
  } else {
    const existing = await existingTerms();
    staged = terms.map((term) => ({ ...term, targetId: existing.ids.get(term.term.toLowerCase()) ?? null }));
    const created = staged.filter((term) => term.targetId === null).length;
    if (existing.count + created > maxGlossaryTerms) throw tooMany();
    result = { mode, created, updated: terms.length - created, deleted: 0, total: existing.count + created };
  }
  const importId = await startGlossaryImport(baseVersion);
  try {
    await stageTerms(importId, staged);
    await moveStagedTerms(importId, baseVersion, mode);
  } finally {
    await dropGlossaryImport(importId);
  }
  return result;
}
