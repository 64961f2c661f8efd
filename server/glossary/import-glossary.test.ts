import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { glossaryToCsv, type GlossaryTerm } from "@/lib/glossary";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importGlossary, maxGlossaryTerms } = await import("./import-glossary");
const { createGlossaryTerm } = await import("./create-glossary-term");
const { startGlossaryImport } = await import("./glossary-import-staging");

const termsOf = (count: number, prefix = "term"): GlossaryTerm[] =>
  Array.from({ length: count }, (_, i) => ({ term: `${prefix}${i}`, forbidden: [`${prefix}-bad${i}`], originalTerm: `orig${i}`, note: i % 2 ? "a note" : null }));

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e);

async function glossarySnapshot() {
  return db.glossaryTerm.findMany({ orderBy: { id: "asc" } });
}

beforeEach(async () => {
  await db.glossaryTerm.deleteMany({});
  await db.glossaryImport.deleteMany({});
});

describe("importGlossary", () => {
  it("imports 100,000 terms (the limit) while other writes still go through quickly", async () => {
    const csv = glossaryToCsv(termsOf(maxGlossaryTerms));
    const user = await db.user.create({ data: { email: "busy@test", name: "Busy", role: "EDITOR", passwordHash: "x" } });
    let importing = true;
    const started = performance.now();
    const imported = importGlossary(csv, "replace").finally(() => (importing = false));
    // While the import runs, small writes keep answering (SQLite has one writer: a single long import
    // transaction would hold them all).
    const waits: number[] = [];
    while (importing) {
      const at = performance.now();
      await db.$transaction((tx) => tx.user.update({ where: { id: user.id }, data: { name: `Busy ${waits.length}` } }));
      waits.push(performance.now() - at);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const result = await imported;
    const seconds = (performance.now() - started) / 1000;
    expect(result).toEqual({ mode: "replace", created: maxGlossaryTerms, updated: 0, deleted: 0, total: maxGlossaryTerms });
    expect(await db.glossaryTerm.count()).toBe(maxGlossaryTerms);
    expect(await db.glossaryImportTerm.count()).toBe(0);
    expect(waits.length).toBeGreaterThan(3);
    // Generous for a loaded 2-core machine; the move into the glossary is one short transaction.
    expect(Math.max(...waits)).toBeLessThan(5000);
    expect(seconds).toBeLessThan(60);
  }, 180_000);

  it("merges: updates the terms the file names (ids kept, matched case-insensitively) and adds the others", async () => {
    const kept = await createGlossaryTerm({ term: "Kept", forbidden: [] });
    const updated = await createGlossaryTerm({ term: "apple", forbidden: ["aple"] });
    const result = await importGlossary("term,forbidden,note\nApple,appel|aple,fruit\nbanana,,\n", "merge");
    expect(result).toEqual({ mode: "merge", created: 1, updated: 1, deleted: 0, total: 3 });
    const rows = await glossarySnapshot();
    expect(rows.map((row) => [row.id, row.term, row.forbidden, row.note])).toEqual([
      [kept.id, "Kept", "[]", null],
      [updated.id, "Apple", JSON.stringify(["appel", "aple"]), "fruit"],
      [expect.any(Number), "banana", "[]", null],
    ]);
    expect(rows[1].updatedAt.getTime()).toBeGreaterThanOrEqual(rows[0].updatedAt.getTime());
  });

  it("replaces: the file becomes the glossary", async () => {
    await importGlossary(glossaryToCsv(termsOf(300, "old")), "replace");
    const result = await importGlossary(glossaryToCsv(termsOf(5, "new")), "replace");
    expect(result).toEqual({ mode: "replace", created: 5, updated: 0, deleted: 300, total: 5 });
    expect((await glossarySnapshot()).map((row) => row.term)).toEqual(["new0", "new1", "new2", "new3", "new4"]);
  });

  it("changes nothing when a line halfway through the file is bad", async () => {
    await importGlossary(glossaryToCsv(termsOf(10)), "replace");
    const before = await glossarySnapshot();
    const lines = glossaryToCsv(termsOf(20_000, "x")).split("\r\n");
    lines.splice(10_000, 0, '"unclosed');
    for (const mode of ["replace", "merge"] as const) {
      const error = await failure(importGlossary(lines.join("\r\n"), mode));
      expect(error).toBeInstanceOf(AppError);
      expect(error instanceof AppError && error.message).toMatch(/^Line 10001: /);
      expect(await glossarySnapshot()).toEqual(before);
    }
    expect(await db.glossaryImport.count()).toBe(0);
  });

  it("refuses a merge that would pass the size limit, storing nothing", async () => {
    await importGlossary(glossaryToCsv(termsOf(maxGlossaryTerms - 1)), "replace");
    const error = await failure(importGlossary("term\nterm5\nfresh1\nfresh2\n", "merge"));
    expect(error instanceof AppError && error.code).toBe("unprocessable");
    expect(await db.glossaryTerm.count()).toBe(maxGlossaryTerms - 1);
    expect(await db.glossaryImportTerm.count()).toBe(0);
  }, 120_000);

  it("is refused (409, nothing changed) when someone else writes the glossary while it is staged", async () => {
    await createGlossaryTerm({ term: "before", forbidden: [] });
    const imported = failure(importGlossary(glossaryToCsv(termsOf(30_000)), "replace"));
    while ((await db.glossaryImport.count()) === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    await createGlossaryTerm({ term: "during", forbidden: [] });
    const error = await imported;
    expect(error instanceof AppError && error.code).toBe("conflict");
    expect((await glossarySnapshot()).map((row) => row.term)).toEqual(["before", "during"]);
    expect(await db.glossaryImportTerm.count()).toBe(0);
  }, 60_000);

  it("drops the rows of an interrupted import when the next one starts", async () => {
    const orphan = await startGlossaryImport(0);
    await db.glossaryImportTerm.create({ data: { importId: orphan, term: "half" } });
    await db.glossaryImport.update({ where: { id: orphan }, data: { createdAt: new Date(Date.now() - 2 * 60 * 60 * 1000) } });
    await importGlossary("term\nwhole\n", "merge");
    expect(await db.glossaryImport.count()).toBe(0);
    expect(await db.glossaryImportTerm.count()).toBe(0);
    expect((await glossarySnapshot()).map((row) => row.term)).toEqual(["whole"]);
  });
});
