import type { APIRequestContext } from "@playwright/test";
import { testUsers } from "../support/users";
import { type ArticleView, editSentence, expect, expectError, expectJson, importArticle, test, unique } from "./client";

interface Annotation {
  id: number;
  sentenceId: number;
  articleId: number;
  target: "source" | "text";
  start: number;
  end: number;
  category: string;
  severity: string;
  comment: string | null;
  author: { id: number; name: string; email: string };
  canModify: boolean;
}

interface Mqm {
  annotationCount: number;
  mqm: { apt: number; ewc: number; perWordPenalty: number; oqs: number; threshold: number; pass: boolean } | null;
  wmt: { score: number; segments: { sentenceId: number; score: number }[] };
  counts: { byCategory: Record<string, number>; bySeverity: Record<string, number> };
}

/** Two sentences of 5 and 4 words: "Imran Kahn spoke to reporters." "He was very clear." */
async function freshArticle(api: APIRequestContext): Promise<ArticleView> {
  return importArticle(api, "Imran Kahn spoke to reporters. He was very clear.", { targetLang: "en" });
}

function annotate(api: APIRequestContext, sentenceId: number, data: Record<string, unknown>) {
  return api.post(`/api/v1/sentences/${sentenceId}/annotations`, { data });
}

const kahn = { target: "source", start: 6, end: 10, category: "Accuracy/Mistranslation", severity: "Major", comment: "Khan" };

async function annotations(api: APIRequestContext, articleId: number): Promise<Annotation[]> {
  return (await expectJson<{ annotations: Annotation[] }>(await api.get(`/api/v1/articles/${articleId}/annotations`), 200)).annotations;
}

async function mqm(api: APIRequestContext, articleId: number): Promise<Mqm> {
  return expectJson<Mqm>(await api.get(`/api/v1/articles/${articleId}/mqm`), 200);
}

test.describe("MQM annotations", () => {
  test("an editor annotates a span of the MT text; everyone reads it; the scores follow", async ({ as }) => {
    const editor = await as("editor");
    const article = await freshArticle(editor);
    const [first, second] = article.sentences;
    expect(first.sourceText.slice(6, 10)).toBe("Kahn");

    const clean = await mqm(editor, article.id);
    expect(clean).toMatchObject({ annotationCount: 0, mqm: { apt: 0, ewc: 9, oqs: 100, pass: true, threshold: 95 }, wmt: { score: 0 } });

    const created = await expectJson<Annotation>(await annotate(editor, first.id, kahn), 201);
    expect(created).toMatchObject({ ...kahn, sentenceId: first.id, articleId: article.id, author: { email: testUsers.editor.email }, canModify: true });
    expect(await annotations(await as("viewer"), article.id)).toEqual([{ ...created, canModify: false }]);

    const scored = await mqm(editor, article.id);
    expect(scored.mqm).toMatchObject({ apt: 5, ewc: 9, pass: false });
    expect(scored.mqm?.oqs).toBeCloseTo(100 - 500 / 9, 9);
    expect(scored.wmt.segments).toEqual([
      { sentenceId: first.id, score: 5 },
      { sentenceId: second.id, score: 0 },
    ]);
    expect(scored.wmt.score).toBe(2.5);
    expect(scored.counts.byCategory["Accuracy/Mistranslation"]).toBe(1);
    expect(scored.counts.bySeverity).toEqual({ Neutral: 0, Minor: 0, Major: 1, Critical: 0 });

    // A minor punctuation error on the correction weighs 0.1 under WMT.
    await expectJson(await editSentence(editor, second.id, "He was very clear,", 1), 200);
    await expectJson(await annotate(editor, second.id, { target: "text", start: 17, end: 18, category: "Fluency/Punctuation", severity: "Minor" }), 201);
    const both = await mqm(editor, article.id);
    expect(both.mqm?.apt).toBe(6);
    expect(both.wmt.segments.map((s) => s.score)).toEqual([5, 0.1]);
  });

  test("the author edits and deletes an annotation; a deleted one leaves the list and the score", async ({ as }) => {
    const editor = await as("editor");
    const article = await freshArticle(editor);
    const created = await expectJson<Annotation>(await annotate(editor, article.sentences[0].id, kahn), 201);

    const updated = await expectJson<Annotation>(await editor.patch(`/api/v1/annotations/${created.id}`, { data: { severity: "Minor", comment: null } }), 200);
    expect(updated).toMatchObject({ id: created.id, severity: "Minor", comment: null, start: 6, end: 10, category: kahn.category });
    expect((await mqm(editor, article.id)).mqm?.apt).toBe(1);

    const removed = await editor.delete(`/api/v1/annotations/${created.id}`);
    expect(removed.status()).toBe(204);
    expect(await annotations(editor, article.id)).toEqual([]);
    expect(await mqm(editor, article.id)).toMatchObject({ annotationCount: 0, mqm: { apt: 0, oqs: 100 }, wmt: { score: 0 } });
    await expectError(await editor.patch(`/api/v1/annotations/${created.id}`, { data: { severity: "Major" } }), 404, "not_found");
    await expectError(await editor.delete(`/api/v1/annotations/${created.id}`), 404, "not_found");
  });

  test("only the author or a reviewer may change an annotation; viewers may not annotate", async ({ as }) => {
    const editor = await as("editor");
    const article = await freshArticle(editor);
    const created = await expectJson<Annotation>(await annotate(editor, article.sentences[0].id, kahn), 201);

    const other = await as("editor2");
    expect((await annotations(other, article.id))[0].canModify).toBe(false);
    await expectError(await other.patch(`/api/v1/annotations/${created.id}`, { data: { severity: "Minor" } }), 403, "forbidden");
    await expectError(await other.delete(`/api/v1/annotations/${created.id}`), 403, "forbidden");
    const viewer = await as("viewer");
    await expectError(await annotate(viewer, article.sentences[0].id, kahn), 403, "forbidden");
    await expectError(await viewer.delete(`/api/v1/annotations/${created.id}`), 403, "forbidden");

    const reviewer = await as("reviewer");
    expect((await annotations(reviewer, article.id))[0].canModify).toBe(true);
    const changed = await expectJson<Annotation>(await reviewer.patch(`/api/v1/annotations/${created.id}`, { data: { category: "Terminology" } }), 200);
    expect(changed).toMatchObject({ category: "Terminology", author: { email: testUsers.editor.email } });
    expect((await reviewer.delete(`/api/v1/annotations/${created.id}`)).status()).toBe(204);
  });

  test("bad input: 400 for an invalid body, 422 for a span outside the text, 404 for unknown ids", async ({ as }) => {
    const editor = await as("editor");
    const article = await freshArticle(editor);
    const first = article.sentences[0];
    await expectError(await annotate(editor, first.id, { ...kahn, category: "Typo" }), 400, "bad_request");
    await expectError(await annotate(editor, first.id, { ...kahn, severity: "Huge" }), 400, "bad_request");
    await expectError(await annotate(editor, first.id, { ...kahn, start: 10, end: 6 }), 400, "bad_request");
    await expectError(await annotate(editor, first.id, { ...kahn, target: "original" }), 400, "bad_request");
    const outside = await expectError(await annotate(editor, first.id, { ...kahn, start: 20, end: first.sourceText.length + 1 }), 422, "unprocessable");
    expect(outside.error.message).toContain(`length ${first.sourceText.length}`);

    const created = await expectJson<Annotation>(await annotate(editor, first.id, kahn), 201);
    await expectError(await editor.patch(`/api/v1/annotations/${created.id}`, { data: { end: 999 } }), 422, "unprocessable");
    await expectError(await editor.patch(`/api/v1/annotations/${created.id}`, { data: { severity: 5 } }), 400, "bad_request");
    expect(await annotations(editor, article.id)).toEqual([created]);

    await expectError(await annotate(editor, 99_999_999, kahn), 404, "not_found");
    await expectError(await editor.get("/api/v1/articles/99999999/annotations"), 404, "not_found");
    await expectError(await editor.get("/api/v1/articles/99999999/mqm"), 404, "not_found");
    await expectError(await editor.patch(`/api/v1/annotations/${unique("x")}`, { data: {} }), 404, "not_found");
  });
});
