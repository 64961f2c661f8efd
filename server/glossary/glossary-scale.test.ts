import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { glossaryToCsv, type GlossaryTerm } from "@/lib/glossary";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { importGlossary, maxGlossaryTerms } = await import("./import-glossary");
const { createGlossaryTerm } = await import("./create-glossary-term");
const { deleteGlossaryTerm } = await import("./delete-glossary-term");
const { listChecks } = await import("@/server/quality/list-checks");

const actor = { id: 0, email: "g@test", name: "Gina", role: "EDITOR" as const };
let articleId = 0;

const terms: GlossaryTerm[] = Array.from({ length: 10_000 }, (_, i) => ({
  term: `term${i}`,
  forbidden: [`variant${i}`, `old-term ${i}`],
  originalTerm: `original${i}`,
  note: null,
}));

beforeAll(async () => {
  const user = await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } });
  actor.id = user.id;
  const sentences = Array.from({ length: 12 }, (_, i) => `Sentence ${i} uses variant${i * 700} and old-term ${i * 800} today.`).join(" ");
  articleId = await importDocument({ actor, doc: parsePlainText(`Title\n\n${sentences}`, { titleFromFirstLine: true }) });
});

/** Runs `work` while a 10 ms timer ticks: returns the longest gap between ticks (how long the loop was held). */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return Math.max(longest, performance.now() - last);
}

describe("a large glossary", () => {
  it("imports 10,000 terms in batches that let other work run, and checks find their variants", async () => {
    const csv = glossaryToCsv(terms);
    let result: Awaited<ReturnType<typeof importGlossary>> | null = null;
    const stall = await longestStall(async () => (result = await importGlossary(csv, "replace")));
    expect(result).toMatchObject({ mode: "replace", created: 10_000, total: 10_000 });
    // Generous for a loaded 2-core machine: one unbroken import used to hold the loop for tens of seconds.
    expect(stall).toBeLessThan(3000);

    const checks = await listChecks(articleId);
    const glossaryIssues = checks.issues.filter((issue) => issue.check === "glossary");
    expect(glossaryIssues.map((issue) => issue.message)).toContain("Glossary: use “term700”, not “variant700”.");
    expect(glossaryIssues.map((issue) => issue.message)).toContain("Glossary: use “term800”, not “old-term 800”.");
    expect(glossaryIssues).toHaveLength(24);
  }, 120_000);

  it("sees a new or deleted term at the next check (the cached matcher follows the glossary version)", async () => {
    const sentence = await db.sentence.findFirstOrThrow({ where: { articleId }, orderBy: { position: "asc" } });
    const word = sentence.text.split(" ")[0];
    const added = await createGlossaryTerm({ term: "Phrase", forbidden: [word] });
    expect((await listChecks(articleId)).issues.some((issue) => issue.message.includes(`not “${word}”`))).toBe(true);
    await deleteGlossaryTerm(added.id);
    expect((await listChecks(articleId)).issues.some((issue) => issue.message.includes(`not “${word}”`))).toBe(false);
  }, 60_000);

  it("refuses an import past the glossary size limit, storing nothing", async () => {
    const before = await db.glossaryTerm.count();
    const header = "term\n";
    const rows = Array.from({ length: maxGlossaryTerms + 1 }, (_, i) => `x${i}`).join("\n");
    const error = await importGlossary(header + rows, "replace").then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error instanceof AppError && error.message).toMatch(/at most 100,000 terms/);
    expect(await db.glossaryTerm.count()).toBe(before);
  }, 60_000);
});
