import type { APIRequestContext } from "@playwright/test";
import type { ChangeSetView, FindReplacePreview, FindReplaceResult, SentenceRef } from "../../lib/find-replace";
import type { DiffPart } from "../../lib/diff/word-diff";
import {
  type ArticleView,
  type RevisionView,
  type SentenceView,
  editSentence,
  expect,
  expectError,
  expectJson,
  importArticle,
  revisionsOf,
  sentence,
  test,
  unique,
  userId,
} from "./client";

const kahnText = () => `${unique("Report")}\n\nImran Kahn spoke today. The weather was fine. Kahn left at noon and kahn was tired.`;

function preview(api: APIRequestContext, articleId: number, body: Record<string, unknown>) {
  return api.post(`/api/v1/articles/${articleId}/find-replace/preview`, { data: body });
}

function apply(api: APIRequestContext, articleId: number, body: Record<string, unknown>) {
  return api.post(`/api/v1/articles/${articleId}/find-replace`, { data: body });
}

function versionsOf(found: FindReplacePreview): Record<string, number> {
  return Object.fromEntries(found.hits.map((hit) => [String(hit.sentenceId), hit.version]));
}

/** Imports the Kahn article and replaces Kahn → Khan (case-sensitive, whole word) through preview and apply. */
async function replacedArticle(api: APIRequestContext) {
  const article = await importArticle(api, kahnText());
  const body = { find: "Kahn", replace: "Khan", caseSensitive: true, wholeWord: true };
  const found = await expectJson<FindReplacePreview>(await preview(api, article.id, body), 200);
  const result = await expectJson<FindReplaceResult>(await apply(api, article.id, { ...body, versions: versionsOf(found) }), 201);
  return { article, found, result };
}

const byText = (article: ArticleView, part: string): SentenceView => {
  const found = article.sentences.find((s) => s.text.includes(part));
  if (!found) throw new Error(`no sentence with ${part}`);
  return found;
};

test.describe("find and replace", () => {
  test("the preview counts matches per sentence, honours options and stores nothing", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, kahnText());
    const loose = await expectJson<FindReplacePreview>(await preview(editor, article.id, { find: "kahn", replace: "Khan" }), 200);
    expect(loose.total).toBe(3);
    expect(loose.hits.map((hit) => hit.matches.length)).toEqual([1, 2]);
    expect(loose.hits[0]).toMatchObject({ number: 2, before: "Imran Kahn spoke today.", after: "Imran Khan spoke today.", version: 1 });
    expect(loose.hits[0].matches[0]).toMatchObject({ start: 6, end: 10, match: "Kahn" });

    const cased = await expectJson<FindReplacePreview>(await preview(editor, article.id, { find: "Kahn", replace: "Khan", caseSensitive: true }), 200);
    expect(cased.total).toBe(2);
    expect(cased.hits[1].after).toBe("Khan left at noon and kahn was tired.");

    const regex = await expectJson<FindReplacePreview>(
      await preview(editor, article.id, { find: "K(ah)n", replace: "K$1$1n", regex: true, caseSensitive: true }),
      200,
    );
    expect(regex.hits[0].after).toBe("Imran Kahahn spoke today.");
    expect((await sentence(editor, loose.hits[0].sentenceId)).version).toBe(1);
  });

  test("apply makes one EDIT revision per sentence, all in one change set", async ({ as }) => {
    const editor = await as("editor");
    const { article, found, result } = await replacedArticle(editor);
    expect(result.changeSet).toMatchObject({ kind: "REPLACE", description: 'Replace "Kahn" → "Khan" (2 sentences)', sentences: 2 });
    const changeSetIds = new Set<string | null>();
    for (const hit of found.hits) {
      const now = await sentence(editor, hit.sentenceId);
      expect(now).toMatchObject({ text: hit.after, status: "EDITED", version: 2 });
      const revisions = await revisionsOf(editor, hit.sentenceId);
      expect(revisions.map((r) => r.kind)).toEqual(["IMPORT", "EDIT"]);
      const timeline = await expectJson<{ revisions: { id: number; changeSet: { id: string } | null }[] }>(
        await editor.get(`/api/v1/articles/${article.id}/timeline`),
        200,
      );
      changeSetIds.add(timeline.revisions.find((r) => r.id === revisions[1].id)?.changeSet?.id ?? null);
    }
    expect([...changeSetIds]).toEqual([result.changeSet.id]);
    // The untouched sentence is untouched.
    expect((await sentence(editor, byText(article, "weather").id)).version).toBe(1);
  });

  test("a stale version is a 409 naming the sentence, and nothing is applied", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, kahnText());
    const body = { find: "Kahn", replace: "Khan", caseSensitive: true };
    const found = await expectJson<FindReplacePreview>(await preview(editor, article.id, body), 200);
    const second = found.hits[1];
    await expectJson(await editSentence(await as("editor2"), second.sentenceId, "Kahn left early.", 1), 200);

    const refused = await expectError(await apply(editor, article.id, { ...body, versions: versionsOf(found) }), 409, "conflict");
    expect(refused).toMatchObject({ changed: [{ sentenceId: second.sentenceId, number: 4 }] });
    expect(await sentence(editor, found.hits[0].sentenceId)).toMatchObject({ text: "Imran Kahn spoke today.", version: 1 });
    expect((await revisionsOf(editor, found.hits[0].sentenceId)).map((r) => r.kind)).toEqual(["IMPORT"]);
    expect(await sentence(editor, second.sentenceId)).toMatchObject({ text: "Kahn left early.", version: 2 });
  });

  test("an invalid or runaway regex, or an empty find, is refused without a 500", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, kahnText());
    const invalid = await expectError(await preview(editor, article.id, { find: "(Kahn", replace: "x", regex: true }), 422, "unprocessable");
    expect(invalid.error.message).toMatch(/regular expression/i);
    await expectError(await preview(editor, article.id, { find: "(a+)+$", replace: "x", regex: true }), 422, "unprocessable");
    await expectError(await apply(editor, article.id, { find: "[", replace: "x", regex: true, versions: {} }), 422, "unprocessable");
    await expectError(await preview(editor, article.id, { find: "", replace: "x" }), 400, "bad_request");
    await expectError(await apply(editor, article.id, { find: "Zebra", replace: "x", versions: {} }), 422, "unprocessable");
  });

  test("a viewer may neither preview nor apply nor revert", async ({ as }) => {
    const viewer = await as("viewer");
    const { article, result } = await replacedArticle(await as("editor"));
    await expectError(await preview(viewer, article.id, { find: "Khan", replace: "Kahn" }), 403, "forbidden");
    await expectError(await apply(viewer, article.id, { find: "Khan", replace: "Kahn", versions: {} }), 403, "forbidden");
    await expectError(await viewer.post(`/api/v1/change-sets/${result.changeSet.id}/revert`), 403, "forbidden");
    await expectError(await preview(viewer, 999_999_999, { find: "a", replace: "b" }), 403, "forbidden");
    await expectError(await preview(await as("editor"), 999_999_999, { find: "a", replace: "b" }), 404, "not_found");
  });
});

test.describe("reverting change sets", () => {
  test("reverting a change set restores text and status as a new REVERT change set", async ({ as }) => {
    const editor = await as("editor");
    const reviewer = await as("reviewer");
    const article = await importArticle(editor, kahnText());
    // One sentence is confirmed before the replacement: the revert must give the CONFIRMED status back.
    const first = byText(article, "Imran");
    await expectJson(await editSentence(editor, first.id, "Imran Kahn spoke today, briefly.", 1), 200);
    await expectJson(await reviewer.post(`/api/v1/sentences/${first.id}/confirm`, { data: { version: 2 } }), 200);
    const body = { find: "Kahn", replace: "Khan", caseSensitive: true, wholeWord: true };
    const found = await expectJson<FindReplacePreview>(await preview(editor, article.id, body), 200);
    const { changeSet } = await expectJson<FindReplaceResult>(await apply(editor, article.id, { ...body, versions: versionsOf(found) }), 201);
    expect(await sentence(editor, first.id)).toMatchObject({ text: "Imran Khan spoke today, briefly.", status: "EDITED" });

    const revert = await expectJson<ChangeSetView>(await editor.post(`/api/v1/change-sets/${changeSet.id}/revert`), 201);
    expect(revert).toMatchObject({ kind: "REVERT", description: `Revert: ${changeSet.description}`, sentences: 2 });
    expect(await sentence(editor, first.id)).toMatchObject({ text: "Imran Kahn spoke today, briefly.", status: "CONFIRMED", version: 5 });
    expect(await sentence(editor, byText(article, "noon").id)).toMatchObject({ text: "Kahn left at noon and kahn was tired.", status: "UNTOUCHED" });
    // Nothing was deleted: the replacement is still in the history.
    expect((await revisionsOf(editor, first.id)).map((r: RevisionView) => r.kind)).toEqual(["IMPORT", "EDIT", "CONFIRM", "EDIT", "REVERT"]);
  });

  test("a change set whose sentences changed since cannot be reverted: 409 naming them, nothing applied", async ({ as }) => {
    const editor = await as("editor");
    const { article, found, result } = await replacedArticle(editor);
    const changed = found.hits[1];
    await expectJson(await editSentence(editor, changed.sentenceId, "Khan left at one.", 2), 200);
    const refused = await expectError(await editor.post(`/api/v1/change-sets/${result.changeSet.id}/revert`), 409, "conflict");
    expect(refused.error.message).toContain("sentence 4");
    expect(await sentence(editor, found.hits[0].sentenceId)).toMatchObject({ text: found.hits[0].after, version: 2 });
    expect(article.id).toBeGreaterThan(0);
    await expectError(await editor.post(`/api/v1/change-sets/no-such-change-set/revert`), 404, "not_found");
  });

  test("a reviewer reverts one author's changes within a span, skipping sentences others changed after", async ({ as }) => {
    const editor = await as("editor");
    const editor2 = await as("editor2");
    const reviewer = await as("reviewer");
    const article = await importArticle(editor, `${unique("Span")}\n\nOne is here. Two is here. Three is here.`);
    const [, one, two, three] = article.sentences;
    await expectJson(await editSentence(editor2, three.id, "Three was set by Erin.", 1), 200);
    const from = new Date().toISOString();
    await expectJson(await editSentence(editor, one.id, "One, edited.", 1), 200);
    await expectJson(await editSentence(editor, one.id, "One, edited twice.", 2), 200);
    await expectJson(await editSentence(editor, two.id, "Two, edited.", 1), 200);
    await expectJson(await editSentence(editor, three.id, "Three, edited by Eddie.", 2), 200);
    const to = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await expectJson(await editSentence(editor2, two.id, "Two, fixed by Erin.", 2), 200);

    const authorId = await userId("editor");
    await expectError(await editor.post(`/api/v1/articles/${article.id}/revert-author`, { data: { authorId, from, to } }), 403, "forbidden");
    await expectError(await reviewer.post(`/api/v1/articles/${article.id}/revert-author`, { data: { authorId, from: "yesterday", to } }), 400, "bad_request");
    const result = await expectJson<{ changeSet: ChangeSetView; reverted: SentenceRef[]; skipped: (SentenceRef & { reason: string })[] }>(
      await reviewer.post(`/api/v1/articles/${article.id}/revert-author`, { data: { authorId, from, to } }),
      200,
    );
    expect(result.changeSet).toMatchObject({ kind: "REVERT", sentences: 2 });
    expect(result.reverted.map((r) => r.sentenceId).sort()).toEqual([one.id, three.id].sort());
    expect(result.skipped).toEqual([{ sentenceId: two.id, number: 3, reason: expect.stringContaining("Erin") }]);
    expect(await sentence(reviewer, one.id)).toMatchObject({ text: one.text, status: "UNTOUCHED" });
    expect(await sentence(reviewer, two.id)).toMatchObject({ text: "Two, fixed by Erin." });
    expect(await sentence(reviewer, three.id)).toMatchObject({ text: "Three was set by Erin.", status: "EDITED" });
  });
});

test.describe("compare", () => {
  test("two revisions of a sentence, with their word diff", async ({ as }) => {
    const editor = await as("editor");
    const { found } = await replacedArticle(editor);
    const [imported, edited] = await revisionsOf(editor, found.hits[0].sentenceId);
    const compared = await expectJson<{ from: RevisionView; to: RevisionView; diff: DiffPart[] }>(
      await (await as("viewer")).get(`/api/v1/sentences/${found.hits[0].sentenceId}/compare?from=${imported.id}&to=${edited.id}`),
      200,
    );
    expect(compared.from.text).toBe("Imran Kahn spoke today.");
    expect(compared.to.text).toBe("Imran Khan spoke today.");
    expect(compared.diff).toEqual([
      { kind: "equal", value: "Imran " },
      { kind: "delete", value: "Kahn" },
      { kind: "insert", value: "Khan" },
      { kind: "equal", value: " spoke today." },
    ]);
    await expectError(await editor.get(`/api/v1/sentences/${found.hits[0].sentenceId}/compare?from=${imported.id}&to=abc`), 404, "not_found");
  });

  test("the article as of two dates, sentence by sentence", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, kahnText());
    await new Promise((resolve) => setTimeout(resolve, 20));
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const target = byText(article, "weather");
    await expectJson(await editSentence(editor, target.id, "The weather was awful.", 1), 200);
    const after = new Date().toISOString();

    const compared = await expectJson<{ changed: number; sentences: { sentenceId: number; from: string | null; to: string | null; diff: DiffPart[] }[] }>(
      await (await as("viewer")).get(`/api/v1/articles/${article.id}/compare?from=${before}&to=${after}`),
      200,
    );
    expect(compared.changed).toBe(1);
    expect(compared.sentences).toHaveLength(article.sentences.length);
    const row = compared.sentences.find((s) => s.sentenceId === target.id);
    expect(row).toMatchObject({ from: "The weather was fine.", to: "The weather was awful." });
    expect(row?.diff.filter((part) => part.kind !== "equal")).toEqual([
      { kind: "delete", value: "fine" },
      { kind: "insert", value: "awful" },
    ]);
    // Before the import the article had no sentences yet.
    const empty = await expectJson<{ sentences: { from: string | null; to: string | null }[] }>(
      await editor.get(`/api/v1/articles/${article.id}/compare?from=2000-01-01T00:00:00Z&to=${after}`),
      200,
    );
    expect(empty.sentences.every((s) => s.from === null && s.to !== null)).toBe(true);
    await expectError(await editor.get(`/api/v1/articles/${article.id}/compare?from=soon&to=${after}`), 400, "bad_request");
  });
});
