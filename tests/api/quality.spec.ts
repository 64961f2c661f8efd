import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { ArticleQualityView, ChecksView, QaIssueView } from "../../lib/api-types";
import { applySuggestion, checkIds } from "../../lib/qa";
import { corpusTer, hter } from "../../lib/ter";
import { type SentenceView, editSentence, expect, expectError, expectJson, importArticle, revisionsOf, test } from "./client";

const demoText = readFileSync(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");

const quality = async (api: APIRequestContext, id: number) => expectJson<ArticleQualityView>(await api.get(`/api/v1/articles/${id}/quality`), 200);
const checks = async (api: APIRequestContext, id: number) => expectJson<ChecksView>(await api.get(`/api/v1/articles/${id}/checks`), 200);

function kahnIssue(view: ChecksView): QaIssueView | undefined {
  return view.issues.find((issue) => issue.check === "inconsistent-name" && issue.sentence.text.slice(issue.start, issue.end) === "Kahn");
}

test.describe("HTER", () => {
  test("every sentence starts at 0 and a save returns lib/ter's HTER; the article's is corpus TER", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    expect(article.sentences.map((s) => s.hter)).toEqual(article.sentences.map(() => 0));
    expect(await quality(editor, article.id)).toMatchObject({ hter: 0, edits: 0, sentences: article.sentences.length, edited: 0, percentEdited: 0, confirmed: 0 });

    const [first, second] = article.sentences;
    const text = "The very first sentence sits here now.";
    const edited = await expectJson<SentenceView>(await editSentence(editor, first.id, text, first.version), 200);
    expect(edited.hter).toBe(hter(first.sourceText, text));
    expect(edited.hter).toBeGreaterThan(0);
    const rewritten = await expectJson<SentenceView>(await editSentence(editor, second.id, "Entirely different words appear instead of it all.", second.version), 200);
    expect(rewritten.hter).toBe(1);

    const fresh = await expectJson<{ sentences: SentenceView[] }>(await editor.get(`/api/v1/articles/${article.id}`), 200);
    const expected = corpusTer(fresh.sentences.map((s) => ({ hypothesis: s.sourceText, reference: s.text })));
    const stats = await quality(await as("viewer"), article.id);
    expect(stats).toMatchObject({
      hter: expected.score,
      edits: expected.edits,
      referenceWords: expected.refLength,
      sentences: fresh.sentences.length,
      edited: 2,
      percentEdited: Math.round((2 / fresh.sentences.length) * 1000) / 10,
      confirmed: 0,
    });
    // Not the mean of the sentence scores.
    expect(stats.hter).not.toBeCloseTo(fresh.sentences.reduce((sum, s) => sum + s.hter, 0) / fresh.sentences.length, 5);
  });
});

test.describe("QA checks", () => {
  test("the demo article has the Kahn warning; a dismissal flags it and drops the open count", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, demoText, { sourceLang: "fr", targetLang: "en" });
    const before = await checks(await as("viewer"), article.id);
    expect(before.enabled).toEqual([...checkIds]);
    const issue = kahnIssue(before);
    expect(issue).toMatchObject({ dismissed: false, start: 0, end: 4, suggestion: { replacement: "Khan" } });
    expect(issue?.sentence.text.startsWith("Kahn also asked")).toBe(true);
    const qaBefore = (await quality(editor, article.id)).qa;
    expect(qaBefore.byCheck["inconsistent-name"]).toBe(1);
    expect(qaBefore.open).toBe(before.issues.length);

    if (!issue) return;
    const body = { sentenceId: issue.sentenceId, key: issue.key };
    const after = await expectJson<ChecksView>(await editor.post(`/api/v1/articles/${article.id}/checks/dismiss`, { data: body }), 200);
    expect(kahnIssue(after)?.dismissed).toBe(true);
    expect(kahnIssue(await checks(editor, article.id))?.dismissed).toBe(true);
    // Idempotent.
    await expectJson(await editor.post(`/api/v1/articles/${article.id}/checks/dismiss`, { data: body }), 200);
    const qaAfter = (await quality(editor, article.id)).qa;
    expect(qaAfter).toMatchObject({ open: qaBefore.open - 1, dismissed: qaBefore.dismissed + 1 });
    expect(qaAfter.byCheck["inconsistent-name"]).toBeUndefined();
  });

  test("a fix is a normal edit: the warning goes and the history has an EDIT", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, demoText, { sourceLang: "fr", targetLang: "en" });
    const issue = kahnIssue(await checks(editor, article.id));
    if (!issue) throw new Error("no Kahn issue");
    const fixedText = applySuggestion(issue.sentence.text, issue);
    const fixed = await expectJson<SentenceView>(await editSentence(editor, issue.sentenceId, fixedText, issue.sentence.version), 200);
    expect(fixed.text.startsWith("Khan also asked")).toBe(true);
    expect(kahnIssue(await checks(editor, article.id))).toBeUndefined();
    expect((await revisionsOf(editor, issue.sentenceId)).map((r) => r.kind)).toEqual(["IMPORT", "EDIT"]);
    // A second fix from the same, now stale, list is a conflict as usual.
    await expectError(await editSentence(editor, issue.sentenceId, fixedText, issue.sentence.version), 409, "conflict");
  });

  test("checks are switched off and on per article", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, demoText, { sourceLang: "fr", targetLang: "en" });
    const other = await importArticle(editor, demoText, { sourceLang: "fr", targetLang: "en" });
    const enabled = checkIds.filter((id) => id !== "inconsistent-name");
    const off = await expectJson<ChecksView>(await editor.patch(`/api/v1/articles/${article.id}/checks`, { data: { enabled } }), 200);
    expect(off.enabled).toEqual(enabled);
    expect(off.issues.filter((i) => i.check === "inconsistent-name")).toEqual([]);
    expect((await checks(editor, article.id)).enabled).toEqual(enabled);
    expect(kahnIssue(await checks(editor, other.id))).toBeDefined();
    const on = await expectJson<ChecksView>(await editor.patch(`/api/v1/articles/${article.id}/checks`, { data: { enabled: [...checkIds] } }), 200);
    expect(kahnIssue(on)).toBeDefined();
  });

  test("unknown article or sentence is 404, a viewer may not change checks (403), bad input is 400", async ({ as, anonymous }) => {
    const editor = await as("editor");
    const viewer = await as("viewer");
    const article = await importArticle(editor);
    const other = await importArticle(editor);
    const dismiss = (api: APIRequestContext, data: unknown, id = article.id) => api.post(`/api/v1/articles/${id}/checks/dismiss`, { data });

    await expectError(await editor.get("/api/v1/articles/999999999/quality"), 404, "not_found");
    await expectError(await editor.get("/api/v1/articles/999999999/checks"), 404, "not_found");
    await expectError(await editor.get("/api/v1/articles/abc/checks"), 404, "not_found");
    await expectError(await dismiss(editor, { sentenceId: 999999999, key: "double-space|1|x|0" }), 404, "not_found");
    await expectError(await dismiss(editor, { sentenceId: other.sentences[0].id, key: "double-space|1|x|0" }), 404, "not_found");
    await expectError(await dismiss(editor, { sentenceId: article.sentences[0].id, key: "x" }, 999999999), 404, "not_found");
    await expectError(await editor.patch("/api/v1/articles/999999999/checks", { data: { enabled: [] } }), 404, "not_found");

    await expectError(await dismiss(viewer, { sentenceId: article.sentences[0].id, key: "x" }), 403, "forbidden");
    await expectError(await viewer.patch(`/api/v1/articles/${article.id}/checks`, { data: { enabled: [] } }), 403, "forbidden");
    await expectError(await (await anonymous()).get(`/api/v1/articles/${article.id}/quality`), 401, "unauthorized");

    await expectError(await dismiss(editor, { sentenceId: article.sentences[0].id }), 400, "bad_request");
    await expectError(await dismiss(editor, { sentenceId: "one", key: "x" }), 400, "bad_request");
    await expectError(await editor.patch(`/api/v1/articles/${article.id}/checks`, { data: { enabled: ["no-such-check"] } }), 400, "bad_request");
    await expectError(await editor.patch(`/api/v1/articles/${article.id}/checks`, { data: {} }), 400, "bad_request");
    expect((await checks(editor, article.id)).enabled).toEqual([...checkIds]);
  });
});
