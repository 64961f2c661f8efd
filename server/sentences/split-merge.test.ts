import { beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { loadArticleModel } = await import("@/server/articles/load-article-model");
const { exportArticle } = await import("@/lib/export");
const { splitSentence } = await import("./split-sentence");
const { mergeWithNext } = await import("./merge-sentences");
const { undoStructure } = await import("./undo-structure");
const { updateSentence } = await import("./update-sentence");
const { listRevisions } = await import("./list-revisions");

const actor = { id: 0, email: "s@test", name: "Sam", role: "EDITOR" as const };
const text = "Title\n\nPutin spoke at length. Via videoconference, he addressed the summit. The end.\n\nLast paragraph here.";

beforeAll(async () => {
  actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, passwordHash: "x" } })).id;
});

async function freshArticle() {
  const articleId = await importDocument({ actor, doc: parsePlainText(text, { titleFromFirstLine: true }) });
  const sentences = await db.sentence.findMany({ where: { articleId }, orderBy: { position: "asc" } });
  return { articleId, sentences };
}

async function exported(articleId: number) {
  const file = await exportArticle(await loadArticleModel(articleId), "txt");
  return String(file.body);
}

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("merge", () => {
  it("joins an MT-broken sentence with the next, keeps both histories, and exports the paragraph", async () => {
    const { articleId, sentences } = await freshArticle();
    const broken = sentences.find((s) => s.text === "Putin spoke at length.")!;
    const next = sentences.find((s) => s.text.startsWith("Via video"))!;
    const { removed, sentences: made } = await mergeWithNext({ actor, sentenceId: broken.id, version: 1, nextVersion: 1 });
    expect(removed).toEqual([broken.id, next.id]);
    expect(made[0]).toMatchObject({ text: "Putin spoke at length. Via videoconference, he addressed the summit.", status: "UNTOUCHED" });
    expect(await exported(articleId)).toBe(text);

    const history = await listRevisions(made[0].id);
    const bySentence = (id: number) => history.filter((r) => r.sentenceId === id).map((r) => r.kind);
    expect(bySentence(broken.id)).toEqual(["IMPORT", "MERGE"]);
    expect(bySentence(next.id)).toEqual(["IMPORT", "MERGE"]);
    expect(bySentence(made[0].id)).toEqual(["MERGE"]);
  });

  it("refuses to merge across paragraphs or past the end, and on a stale version", async () => {
    const { sentences } = await freshArticle();
    const endOfParagraph = sentences.find((s) => s.text === "The end.")!;
    expect((await errorOf(mergeWithNext({ actor, sentenceId: endOfParagraph.id, version: 1, nextVersion: 1 }))).code).toBe("unprocessable");
    const last = sentences[sentences.length - 1];
    expect((await errorOf(mergeWithNext({ actor, sentenceId: last.id, version: 1, nextVersion: 1 }))).code).toBe("unprocessable");
    const first = sentences[1];
    expect((await errorOf(mergeWithNext({ actor, sentenceId: first.id, version: 1, nextVersion: 7 }))).code).toBe("conflict");
    expect(await db.sentence.count({ where: { articleId: first.articleId, removedAt: { not: null } } })).toBe(0);
  });
});

describe("split", () => {
  it("splits the correction and the MT at the same place, and undo brings the original back", async () => {
    const { articleId, sentences } = await freshArticle();
    const target = sentences.find((s) => s.text.startsWith("Putin spoke"))!;
    const corrected = "Putin spoke at length, they said. The end of it.";
    const edited = await updateSentence({ actor, sentenceId: target.id, text: corrected, version: 1 });
    const { sentences: parts } = await splitSentence({ actor, sentenceId: target.id, offset: corrected.indexOf("The end"), version: edited.version });
    expect(parts.map((p) => [p.text, p.sourceText])).toEqual([
      ["Putin spoke at length, they said.", "Putin spoke at length."],
      ["The end of it.", ""],
    ]);
    const order = (await db.sentence.findMany({ where: { articleId, removedAt: null }, orderBy: { position: "asc" } })).map((s) => s.text);
    expect(order.slice(1, 4)).toEqual(["Putin spoke at length, they said.", "The end of it.", "Via videoconference, he addressed the summit."]);
    expect(await exported(articleId)).toBe(text.replace("Putin spoke at length.", corrected));

    const undone = await undoStructure({ actor, sentenceId: parts[1].id, version: 1 });
    expect(undone.sentences.map((s) => s.id)).toEqual([target.id]);
    expect(undone.sentences[0].text).toBe(corrected);
    expect(await exported(articleId)).toBe(text.replace("Putin spoke at length.", corrected));
    const kinds = (await listRevisions(target.id)).filter((r) => r.sentenceId === target.id).map((r) => r.kind);
    expect(kinds).toEqual(["IMPORT", "EDIT", "SPLIT", "UNDO"]);
  });

  it("refuses a split at the edge, and an edit to a sentence that was split away", async () => {
    const { sentences } = await freshArticle();
    const target = sentences[1];
    expect((await errorOf(splitSentence({ actor, sentenceId: target.id, offset: 0, version: 1 }))).code).toBe("unprocessable");
    await splitSentence({ actor, sentenceId: target.id, offset: 5, version: 1 });
    const error = await errorOf(updateSentence({ actor, sentenceId: target.id, text: "Late edit", version: 2 }));
    expect(error.code).toBe("conflict");
    expect(error.message).toMatch(/split or merged/);
  });
});
