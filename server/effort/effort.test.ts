import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { emptyKeyCounts } from "@/lib/effort";
import { recordVisitsBody } from "@/lib/effort/visit-body";
import { AppError } from "@/lib/errors";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("@/server/sentences/update-sentence");
const { recordVisits } = await import("./record-visits");
const { effortReport, effortQuery } = await import("./effort-report");

const editor = { id: 0, email: "e@test", name: "Eddie", role: "EDITOR" as const };
const reviewer = { id: 0, email: "r@test", name: "Rita", role: "REVIEWER" as const };
let sentenceId = 0;
let articleId = 0;

beforeAll(async () => {
  for (const actor of [editor, reviewer]) {
    actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  }
  articleId = await importDocument({ actor: editor, doc: parsePlainText("Title\n\nImran Kahn said the talks would resume.", { titleFromFirstLine: true }), mtEngine: "deepl" });
  sentenceId = (await db.sentence.findFirstOrThrow({ where: { articleId, position: { gt: 0 } } })).id;
});

afterEach(() => {
  delete process.env.REDLINE_EFFORT_CAPTURE;
});

const visit = (id: string, startedAt: string, activeMs: number, letters: number, erase: number) =>
  recordVisitsBody.parse({
    visits: [{ id, sentenceId, startedAt, endedAt: new Date(Date.parse(startedAt) + activeMs).toISOString(), activeMs, keys: { ...emptyKeyCounts(), letters, erase }, pauses300: 2, pauses1000: 1 }],
  });

describe("effort capture and report", () => {
  it("stores visits once, and reports hand-computed figures with words counted once per sentence", async () => {
    expect(await recordVisits(editor, visit("visit-one-0001", "2026-11-20T10:00:00.000Z", 10_000, 4, 4))).toEqual({ stored: 1, duplicates: 0 });
    expect(await recordVisits(editor, visit("visit-one-0001", "2026-11-20T10:00:00.000Z", 10_000, 4, 4))).toEqual({ stored: 0, duplicates: 1 });
    await recordVisits(editor, visit("visit-two-0002", "2026-11-20T11:00:00.000Z", 4_000, 1, 1));
    await updateSentence({ actor: editor, sentenceId, text: "Imran Khan said the talks would resume.", version: 1 });

    const report = await effortReport(editor, effortQuery.parse({ from: "2026-11-20", to: "2026-11-20", groupBy: "engine" }));
    // 7 MT words, 39 characters; 14 s over 2 visits; 10 keystrokes.
    expect(report.total).toMatchObject({ visits: 2, sentences: 1, words: 7, characters: 39, activeMs: 14_000, keystrokes: 10, secondsPerWord: 2, wordsPerHour: 1800, keystrokesPerChar: 0.256, pauses300: 4, pauses1000: 2, editedPercent: 100 });
    expect(report.total.hter).toBeCloseTo(1 / 7, 3);
    expect(report.groups.map((g) => g.label)).toEqual(["deepl"]);
    expect((await effortReport(editor, effortQuery.parse({ from: "2026-11-21" }))).total.visits).toBe(0);
  });

  it("shows editors only their own figures and reviewers everyone's", async () => {
    await expect(effortReport(editor, effortQuery.parse({ authorId: String(reviewer.id) }))).rejects.toBeInstanceOf(AppError);
    expect((await effortReport(reviewer, effortQuery.parse({ authorId: String(reviewer.id) }))).total.visits).toBe(0);
    expect((await effortReport(reviewer, effortQuery.parse({ groupBy: "editor" }))).groups.map((g) => g.label)).toEqual(["Eddie"]);
  });

  it("refuses a batch with an unknown sentence or impossible times, storing nothing", async () => {
    const before = await db.editVisit.count();
    const bad = { ...visit("visit-bad-0003", "2026-11-20T12:00:00.000Z", 1000, 1, 0).visits[0], sentenceId: 99_999 };
    await expect(recordVisits(editor, { visits: [visit("visit-ok-00004", "2026-11-20T12:00:00.000Z", 1000, 1, 0).visits[0], bad] })).rejects.toMatchObject({ code: "not_found" });
    expect(() => recordVisitsBody.parse({ visits: [{ ...bad, sentenceId, activeMs: 999_999 }] })).toThrow(/longer than the visit/);
    expect(await db.editVisit.count()).toBe(before);
  });

  it("stores nothing when the installation switched capture off", async () => {
    process.env.REDLINE_EFFORT_CAPTURE = "off";
    await expect(recordVisits(editor, visit("visit-off-0005", "2026-11-20T13:00:00.000Z", 1000, 1, 0))).rejects.toMatchObject({ code: "forbidden" });
    expect(await db.editVisit.count({ where: { clientId: "visit-off-0005" } })).toBe(0);
  });
});
