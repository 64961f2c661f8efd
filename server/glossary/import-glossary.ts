import "server-only";
import type { GlossaryImportResult } from "@/lib/api-types";
import { AppError } from "@/lib/errors";
import { glossaryCsvRows, type GlossaryTerm } from "@/lib/glossary";
import { db } from "@/server/db";
import { bumpGlossaryVersion, type GlossaryClient } from "./glossary-version";

export const glossaryImportModes = ["merge", "replace"] as const;
export type GlossaryImportMode = (typeof glossaryImportModes)[number];

/** Most terms the installation glossary may hold (checks stay fast well beyond it: lib/glossary/matcher.ts). */
export const maxGlossaryTerms = 100_000;
/** Largest glossary CSV accepted by the import. */
export const maxGlossaryCsvBytes = 8 * 1024 * 1024;
/** Terms validated or written between two pauses that let other requests run. */
const batchSize = 1000;

const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

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

const data = (t: GlossaryTerm) => ({
  term: t.term,
  forbidden: JSON.stringify(t.forbidden),
  originalTerm: t.originalTerm || null,
  note: t.note || null,
});

async function createInBatches(tx: GlossaryClient, terms: GlossaryTerm[]): Promise<void> {
  for (let at = 0; at < terms.length; at += batchSize) {
    await tx.glossaryTerm.createMany({ data: terms.slice(at, at + batchSize).map(data) });
    await pause();
  }
}

/**
 * Imports a glossary CSV. The whole file is checked first; a bad line is a 422 naming the line and
 * nothing is stored. `replace` swaps the glossary for the file; `merge` updates terms the file names
 * (matched case-insensitively) and adds the others. At most `maxGlossaryTerms` terms in the end.
 */
export async function importGlossary(csv: string, mode: GlossaryImportMode): Promise<GlossaryImportResult> {
  const terms = await readTerms(csv);
  return db.$transaction(
    async (tx) => {
      const existing = await tx.glossaryTerm.findMany({ select: { id: true, term: true } });
      await bumpGlossaryVersion(tx);
      if (mode === "replace") {
        await tx.glossaryTerm.deleteMany({});
        await createInBatches(tx, terms);
        return { mode, created: terms.length, updated: 0, deleted: existing.length, total: terms.length };
      }
      const byKey = new Map(existing.map((row) => [row.term.toLowerCase(), row.id]));
      const added = terms.filter((term) => !byKey.has(term.term.toLowerCase()));
      if (existing.length + added.length > maxGlossaryTerms) throw tooMany();
      let updated = 0;
      for (const term of terms) {
        const id = byKey.get(term.term.toLowerCase());
        if (id === undefined) continue;
        await tx.glossaryTerm.update({ where: { id }, data: data(term) });
        if (++updated % batchSize === 0) await pause();
      }
      await createInBatches(tx, added);
      return { mode, created: added.length, updated, deleted: 0, total: existing.length + added.length };
    },
    // Large imports write many rows: allow them the time, the batches above let others run meanwhile.
    { timeout: 60_000, maxWait: 10_000 },
  );
}
