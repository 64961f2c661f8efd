import { beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

// The save path's statements, on SQLite and (npm run test:pg) on PostgreSQL: a batch whose
// compare-and-set changes nothing writes nothing, and no second revision of a version can get in.
useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("./update-sentence");
const { writeStatements } = await import("./save-statements");

const actor = { id: 0, email: "save@test", name: "Sam", role: "EDITOR" as const };
let articleId = 0;
let sentenceId = 0;

beforeEach(async () => {
  if (!actor.id) actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  articleId = await importDocument({ actor, doc: parsePlainText("Imran Kahn spoke. The crisis humanitarian grew.", { titleFromFirstLine: false }) });
  sentenceId = (await db.sentence.findFirstOrThrow({ where: { articleId, sourceText: "Imran Kahn spoke." } })).id;
});

function plan(overrides: Partial<Parameters<typeof writeStatements>[1]> = {}): Parameters<typeof writeStatements>[1] {
  return { sentenceId, articleId, articleState: "IN_PROGRESS", fromVersion: 1, text: "Imran Khan spoke.", status: "EDITED", hter: 0.33, at: new Date(), kind: "EDIT", authorId: actor.id, changeSetId: null, note: null, ...overrides };
}

/** What a write leaves behind: the sentence, its revisions, the article's live events and updatedAt. */
async function snapshot() {
  const sentence = await db.sentence.findUniqueOrThrow({ where: { id: sentenceId }, select: { text: true, version: true, status: true, hter: true } });
  const revisions = await db.revision.findMany({ where: { sentenceId }, orderBy: { version: "asc" }, select: { version: true, kind: true, text: true, authorId: true } });
  const events = await db.liveEvent.count({ where: { articleId } });
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, select: { updatedAt: true } });
  return { sentence, revisions, events, updatedAt: article.updatedAt.getTime() };
}

describe("the save statements as one batch", () => {
  it("write the sentence, its revision, a live event and the article's time", async () => {
    const at = new Date(Date.now() + 60_000);
    const [updated, inserted, events, touched] = await db.$transaction(writeStatements(db, plan({ at })));
    expect([updated, inserted, events.length, touched]).toEqual([1, 1, 1, 1]);
    const after = await snapshot();
    expect(after.sentence).toEqual({ text: "Imran Khan spoke.", version: 2, status: "EDITED", hter: 0.33 });
    expect(after.revisions).toEqual([
      { version: 1, kind: "IMPORT", text: "Imran Kahn spoke.", authorId: actor.id },
      { version: 2, kind: "EDIT", text: "Imran Khan spoke.", authorId: actor.id },
    ]);
    expect(after.updatedAt).toBe(at.getTime());
  });

  it("write nothing when the version moved on", async () => {
    await updateSentence({ actor, sentenceId, text: "Someone else's fix.", version: 1 });
    const before = await snapshot();
    const [updated, inserted, events, touched] = await db.$transaction(writeStatements(db, plan({ at: new Date(Date.now() + 60_000) })));
    expect([updated, inserted, events.length, touched]).toEqual([0, 0, 0, 0]);
    expect(await snapshot()).toEqual(before);
  });

  it("write nothing when the article was approved since the sentence was read", async () => {
    await db.article.update({ where: { id: articleId }, data: { state: "APPROVED" } });
    const before = await snapshot();
    const [updated] = await db.$transaction(writeStatements(db, plan()));
    expect(updated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("refuse a second write of the same version that leaves the same text in the same millisecond", async () => {
    const same = plan();
    await db.$transaction(writeStatements(db, same));
    const before = await snapshot();
    await expect(db.$transaction(writeStatements(db, same))).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });
});

describe("saves racing for one version", () => {
  it("let exactly one win; the others get a conflict and leave no trace", async () => {
    const before = await snapshot();
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => updateSentence({ actor, sentenceId, text: `Imran Khan spoke (${i}).`, version: 1 })));
    const won = results.filter((r) => r.status === "fulfilled");
    expect(won).toHaveLength(1);
    for (const r of results) if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "conflict" } satisfies Partial<AppError>);
    const after = await snapshot();
    expect(after.sentence.version).toBe(2);
    expect(after.revisions).toHaveLength(before.revisions.length + 1);
    expect(after.revisions.at(-1)?.text).toBe(after.sentence.text);
    expect(after.events).toBe(before.events + 1);
  });
});
