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

type Write = Parameters<typeof writeStatements>[1][number];

function plan(overrides: Partial<Write> = {}): Write {
  return { sentenceId, articleId, articleState: "IN_PROGRESS", fromVersion: 1, text: "Imran Khan spoke.", status: "EDITED", hter: 0.33, kind: "EDIT", authorId: actor.id, changeSetId: null, note: null, ...overrides };
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
    const [updated, inserted, events, touched] = await db.$transaction(writeStatements(db, [plan()], at));
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
    const [updated, inserted, events, touched] = await db.$transaction(writeStatements(db, [plan()], new Date(Date.now() + 60_000)));
    expect([updated, inserted, events.length, touched]).toEqual([0, 0, 0, 0]);
    expect(await snapshot()).toEqual(before);
  });

  it("write nothing when the article was approved since the sentence was read", async () => {
    await db.article.update({ where: { id: articleId }, data: { state: "APPROVED" } });
    const before = await snapshot();
    const [updated] = await db.$transaction(writeStatements(db, [plan()], new Date()));
    expect(updated).toBe(0);
    expect(await snapshot()).toEqual(before);
  });

  it("refuse a second write of the same version that leaves the same text in the same millisecond", async () => {
    const same = plan();
    const at = new Date();
    await db.$transaction(writeStatements(db, [same], at));
    const before = await snapshot();
    await expect(db.$transaction(writeStatements(db, [same], at))).rejects.toThrow();
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

describe("saves arriving together (group commit)", () => {
  async function sentencesOf(id: number) {
    return db.sentence.findMany({ where: { articleId: id }, orderBy: { position: "asc" }, select: { id: true, sourceText: true, version: true } });
  }

  it("share one batch and each get their own revision, event and answer", async () => {
    const many = await importDocument({ actor, doc: parsePlainText(Array.from({ length: 12 }, (_, i) => `Sentence number ${i + 1} here.`).join(" "), { titleFromFirstLine: false }) });
    const sentences = await sentencesOf(many);
    const eventsBefore = await db.liveEvent.count({ where: { articleId: many } });
    const saved = await Promise.all(sentences.map((s) => updateSentence({ actor, sentenceId: s.id, text: `${s.sourceText} Fixed.`, version: s.version })));
    expect(saved.map((view) => [view.id, view.version, view.text])).toEqual(sentences.map((s) => [s.id, 2, `${s.sourceText} Fixed.`]));
    for (const s of sentences) {
      const revisions = await db.revision.findMany({ where: { sentenceId: s.id }, orderBy: { version: "asc" }, select: { version: true, kind: true, text: true } });
      expect(revisions).toEqual([
        { version: 1, kind: "IMPORT", text: s.sourceText },
        { version: 2, kind: "EDIT", text: `${s.sourceText} Fixed.` },
      ]);
    }
    const events = await db.liveEvent.findMany({ where: { articleId: many, id: { gt: 0 } }, orderBy: { id: "asc" }, select: { sentenceId: true, version: true } });
    expect(events.slice(eventsBefore)).toHaveLength(sentences.length);
    // One batch writes all its revisions at one time.
    const times = await db.revision.findMany({ where: { articleId: many, version: 2 }, select: { createdAt: true } });
    expect(new Set(times.map((t) => t.createdAt.getTime())).size).toBe(1);
    expect(new Set(events.slice(eventsBefore).map((e) => e.sentenceId))).toEqual(new Set(sentences.map((s) => s.id)));
  });

  it("keep one failing write from failing the others saved with it", async () => {
    const two = await importDocument({ actor, doc: parsePlainText("First one here. Second one here.", { titleFromFirstLine: false }) });
    const [good, bad] = await sentencesOf(two);
    // A revision of version 2 that should not exist: the bad save's revision insert breaks the unique key.
    await db.revision.create({ data: { sentenceId: bad.id, articleId: two, kind: "EDIT", text: "x", status: "EDITED", version: 2, authorId: actor.id } });
    const [goodResult, badResult] = await Promise.allSettled([
      updateSentence({ actor, sentenceId: good.id, text: "First one, fixed.", version: 1 }),
      updateSentence({ actor, sentenceId: bad.id, text: "Second one, fixed.", version: 1 }),
    ]);
    expect(goodResult).toMatchObject({ status: "fulfilled", value: { version: 2, text: "First one, fixed." } });
    expect(badResult.status).toBe("rejected");
    expect(await db.sentence.findUniqueOrThrow({ where: { id: bad.id }, select: { version: true, text: true } })).toEqual({ version: 1, text: "Second one here." });
    expect(await db.revision.count({ where: { sentenceId: good.id } })).toBe(2);
  });

  it("put two saves of one sentence in different batches: the second from the same version is a conflict", async () => {
    const results = await Promise.allSettled([
      updateSentence({ actor, sentenceId, text: "Imran Khan spoke (a).", version: 1 }),
      updateSentence({ actor, sentenceId, text: "Imran Khan spoke (b).", version: 1 }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected"]);
    expect(results[1]).toMatchObject({ reason: { code: "conflict" } });
    expect((await snapshot()).sentence).toMatchObject({ version: 2, text: "Imran Khan spoke (a)." });
  });
});
