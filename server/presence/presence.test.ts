import { beforeAll, describe, expect, it } from "vitest";
import { parsePlainText } from "@/lib/import/text";
import { presenceTtlMs } from "@/lib/live-events";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// Runs on SQLite, and on PostgreSQL with TEST_DATABASE=postgresql (npm run test:pg).
useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { listPresence, touchPresence, leavePresence } = await import("./presence");

const anna = { id: 0, email: "a@test", name: "Anna", role: "EDITOR" as const };
const ben = { id: 0, email: "b@test", name: "Ben", role: "VIEWER" as const };
let articleId = 0;
let sentenceId = 0;

beforeAll(async () => {
  for (const actor of [anna, ben]) {
    actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  }
  articleId = await importDocument({ actor: anna, doc: parsePlainText("Title\n\nOne is here. Two is there.", { titleFromFirstLine: true }) });
  sentenceId = (await db.sentence.findFirstOrThrow({ where: { articleId } })).id;
});

describe("presence", () => {
  it("lists each open tab with its sentence, updates in place, and forgets a tab silent for the time-to-live", async () => {
    await touchPresence({ actor: anna, articleId, input: { tabId: "anna-tab-1", sentenceId } });
    await touchPresence({ actor: anna, articleId, input: { tabId: "anna-tab-1", sentenceId: null } });
    const both = await touchPresence({ actor: ben, articleId, input: { tabId: "ben-tab-1", sentenceId } });
    expect(both.map((p) => [p.name, p.tabId, p.sentenceId])).toEqual([
      ["Anna", "anna-tab-1", null],
      ["Ben", "ben-tab-1", sentenceId],
    ]);
    // Anna's tab crashed: no heartbeat for longer than the time-to-live.
    await db.presence.updateMany({ where: { userId: anna.id }, data: { seenAt: new Date(Date.now() - presenceTtlMs - 1000) } });
    expect((await listPresence(articleId)).map((p) => p.name)).toEqual(["Ben"]);
    await leavePresence({ actor: ben, articleId, tabId: "ben-tab-1" });
    expect(await listPresence(articleId)).toEqual([]);
  });

  it("refuses a sentence of another article and an unknown article", async () => {
    const other = await importDocument({ actor: anna, doc: parsePlainText("Other\n\nElsewhere.", { titleFromFirstLine: true }) });
    await expect(touchPresence({ actor: anna, articleId: other, input: { tabId: "anna-tab-2", sentenceId } })).rejects.toThrow(/No sentence/);
    await expect(listPresence(999_999)).rejects.toThrow(/No article/);
    expect(await db.presence.count({ where: { articleId: other } })).toBe(0);
  });
});
