import { beforeAll, describe, expect, it } from "vitest";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// Runs on SQLite, and on PostgreSQL with TEST_DATABASE=postgresql (npm run test:pg).
useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("@/server/sentences/update-sentence");
const { splitSentence } = await import("@/server/sentences/split-sentence");
const { readEvents, recentEventIds } = await import("./read-events");
const { eventHub } = await import("./hub");

const editor = { id: 0, email: "e@test", name: "Eddie", role: "EDITOR" as const };
let articleId = 0;
let otherId = 0;
let sentenceIds: number[] = [];

beforeAll(async () => {
  editor.id = (await db.user.create({ data: { email: editor.email, name: editor.name, role: editor.role, passwordHash: "x" } })).id;
  articleId = await importDocument({ actor: editor, doc: parsePlainText("Title\n\nOne is here. Two is there.", { titleFromFirstLine: true }) });
  otherId = await importDocument({ actor: editor, doc: parsePlainText("Other\n\nElsewhere.", { titleFromFirstLine: true }) });
  sentenceIds = (await db.sentence.findMany({ where: { articleId }, orderBy: { position: "asc" } })).map((s) => s.id);
});

describe("live events", () => {
  it("are written by each save in its transaction, in order, with author and sentence, per article", async () => {
    const woken: number[] = [];
    const unsubscribe = eventHub.subscribe(articleId, (id) => woken.push(id));
    const before = await readEvents(articleId, 0, { lookback: false });
    expect(before).toEqual([]);
    await updateSentence({ actor: editor, sentenceId: sentenceIds[0], text: "One was here.", version: 1 });
    await updateSentence({ actor: editor, sentenceId: sentenceIds[1], text: "Two was there.", version: 1 });
    const other = (await db.sentence.findFirstOrThrow({ where: { articleId: otherId } })).id;
    await updateSentence({ actor: editor, sentenceId: other, text: "Not here.", version: 1 });

    const events = await readEvents(articleId, 0, { lookback: false });
    expect(events.map((e) => [e.type, e.action, e.sentenceId, e.version, e.by.name])).toEqual([
      ["sentence", "EDIT", sentenceIds[0], 2, "Eddie"],
      ["sentence", "EDIT", sentenceIds[1], 2, "Eddie"],
    ]);
    expect(events[1].sentence).toMatchObject({ text: "Two was there.", version: 2 });
    expect(events[1].id).toBeGreaterThan(events[0].id);
    // Only what follows the cursor, unless the look-back window is asked for (late commits).
    expect((await readEvents(articleId, events[0].id, { lookback: false })).map((e) => e.id)).toEqual([events[1].id]);
    expect((await readEvents(articleId, events[1].id, { lookback: true })).map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(await recentEventIds(articleId, events[1].id)).toEqual(events.map((e) => e.id));
    // This process's streams are woken for this article only (PostgreSQL: through NOTIFY).
    await expect.poll(() => woken.length, { timeout: 5000 }).toBeGreaterThanOrEqual(2);
    unsubscribe();
  });

  it("a refused save (stale version) leaves no event", async () => {
    const count = await db.liveEvent.count({ where: { articleId } });
    await expect(updateSentence({ actor: editor, sentenceId: sentenceIds[0], text: "Stale.", version: 1 })).rejects.toThrow();
    expect(await db.liveEvent.count({ where: { articleId } })).toBe(count);
  });

  it("a split gives an event for the old sentence and each new one", async () => {
    const after = (await db.liveEvent.findFirst({ where: { articleId }, orderBy: { id: "desc" } }))?.id ?? 0;
    const change = await splitSentence({ actor: editor, sentenceId: sentenceIds[1], offset: 4, version: 2 });
    const events = await readEvents(articleId, after, { lookback: false });
    expect(events.every((e) => e.action === "SPLIT")).toBe(true);
    expect(new Set(events.map((e) => e.sentenceId))).toEqual(new Set([sentenceIds[1], ...change.sentences.map((s) => s.id)]));
  });

  it("a busy minute does not hold back new events: delivered ones are left out of the look-back page", async () => {
    const { recordEvent } = await import("./record-event");
    for (let i = 0; i < 250; i++) await recordEvent(db, { articleId: otherId, type: "comment", action: "ADDED", actorId: editor.id, targetId: i });
    const seen = await db.liveEvent.findMany({ where: { articleId: otherId }, select: { id: true }, orderBy: { id: "asc" } });
    const cursor = seen[seen.length - 1].id;
    const delivered = new Set(seen.map((e) => e.id));
    await recordEvent(db, { articleId: otherId, type: "comment", action: "RESOLVED", actorId: editor.id, targetId: 999 });

    const next = await readEvents(otherId, cursor, { lookback: true, delivered });
    expect(next.map((e) => [e.action, e.targetId])).toEqual([["RESOLVED", 999]]);
  });
});
