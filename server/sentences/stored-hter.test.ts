import { beforeAll, describe, expect, it } from "vitest";
import { parsePlainText } from "@/lib/import/text";
import { hter } from "@/lib/ter";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { getArticle } = await import("@/server/articles/get-article");
const { applyFindReplace } = await import("@/server/changes/find-replace");
const { updateSentence } = await import("./update-sentence");
const { revertSentence } = await import("./revert-sentence");
const { confirmSentence } = await import("./confirm-sentence");
const { splitSentence } = await import("./split-sentence");
const { mergeWithNext } = await import("./merge-sentences");

// HTER is stored on the sentence row whenever its text is written and read from there afterwards:
// after every kind of write, the stored figure must be hter(sourceText, text) of the row as it is now.
const actor = { id: 0, email: "h@test", name: "Hana", role: "EDITOR" as const };

beforeAll(async () => {
  actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, passwordHash: "x" } })).id;
});

async function expectStoredHter(articleId: number): Promise<void> {
  const rows = await db.sentence.findMany({ where: { articleId }, select: { sourceText: true, text: true, hter: true } });
  expect(rows.length).toBeGreaterThan(0);
  for (const row of rows) expect(row.hter, `${row.sourceText} → ${row.text}`).toBe(hter(row.sourceText, row.text));
}

async function importText(text: string): Promise<number> {
  return importDocument({ actor, doc: parsePlainText(text, { titleFromFirstLine: false }), title: "HTER" });
}

async function sentences(articleId: number) {
  return db.sentence.findMany({ where: { articleId, removedAt: null }, orderBy: { position: "asc" } });
}

describe("stored HTER", () => {
  it("is on every row after import, edit, confirm and revert", async () => {
    const articleId = await importText("The cat sat on the mat today. A second sentence follows here.");
    await expectStoredHter(articleId);
    const [first] = await sentences(articleId);
    const edited = await updateSentence({ actor, sentenceId: first.id, version: 1, text: "The black cat sat on a mat." });
    expect(edited.hter).toBe(hter(first.sourceText, "The black cat sat on a mat."));
    expect(edited.hter).toBeGreaterThan(0);
    await expectStoredHter(articleId);
    await confirmSentence({ actor, sentenceId: first.id, version: 2 });
    await expectStoredHter(articleId);
    const importRevision = await db.revision.findFirstOrThrow({ where: { sentenceId: first.id, kind: "IMPORT" } });
    const reverted = await revertSentence({ actor, sentenceId: first.id, version: 3, revisionId: importRevision.id });
    expect(reverted.hter).toBe(0);
    await expectStoredHter(articleId);
  });

  it("is on the new rows after a split and a merge", async () => {
    const articleId = await importText("Putin spoke at length via videoconference to the summit. The end came soon.");
    const [first] = await sentences(articleId);
    const edited = await updateSentence({ actor, sentenceId: first.id, version: 1, text: "Putin spoke at length. He used a video link to address the summit." });
    await splitSentence({ actor, sentenceId: first.id, version: edited.version, offset: edited.text.indexOf("He used") });
    await expectStoredHter(articleId);
    const [left, right] = await sentences(articleId);
    await mergeWithNext({ actor, sentenceId: left.id, version: left.version, nextVersion: right.version });
    await expectStoredHter(articleId);
  });

  it("is on every replaced row after a find and replace", async () => {
    const articleId = await importText("Imran Kahn spoke first. Then Kahn left the room.");
    const rows = await sentences(articleId);
    await applyFindReplace({ actor, articleId, find: "Kahn", replace: "Khan", versions: Object.fromEntries(rows.map((r) => [r.id, r.version])) });
    const after = await sentences(articleId);
    expect(after.every((row) => row.text.includes("Khan"))).toBe(true);
    await expectStoredHter(articleId);
  });

  it("is filled in for rows written before the column existed, the first time their article is read", async () => {
    const articleId = await importText("An old row without a stored figure. Another old row.");
    const [first] = await sentences(articleId);
    await db.sentence.update({ where: { id: first.id }, data: { text: "An old row with no figure.", hter: null } });
    const view = await getArticle(articleId);
    expect(view.sentences[0].hter).toBe(hter(first.sourceText, "An old row with no figure."));
    await expectStoredHter(articleId);
  });
});
