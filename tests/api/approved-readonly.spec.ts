import type { AnnotationView, ChecksView } from "../../lib/api-types";
import { expect, expectError, expectJson, importArticle, test, userId, type ArticleView } from "./client";

const annotation = { target: "source", start: 0, end: 3, category: "Accuracy/Mistranslation", severity: "Major" } as const;

test("an approved article is read-only: annotations, original text, checks, dismissals and assignment are refused (409), nothing changes", async ({ as }) => {
  const editor = await as("editor");
  const reviewer = await as("reviewer");
  const article = await importArticle(editor, "Imran Kahn spoke.  Khan left.", { sourceLang: "fr", targetLang: "en" });
  const [first] = article.sentences;
  const kept = await expectJson<AnnotationView>(await reviewer.post(`/api/v1/sentences/${first.id}/annotations`, { data: annotation }), 201);
  const checksBefore = await expectJson<ChecksView>(await editor.get(`/api/v1/articles/${article.id}/checks`), 200);
  const issue = checksBefore.issues[0];
  expect(issue).toBeDefined();
  const mqmBefore = await expectJson(await editor.get(`/api/v1/articles/${article.id}/mqm`), 200);

  await expectJson(await editor.post(`/api/v1/articles/${article.id}/transition`, { data: { from: "IN_PROGRESS", to: "IN_REVIEW" } }), 200);
  await expectJson(await reviewer.post(`/api/v1/articles/${article.id}/transition`, { data: { from: "IN_REVIEW", to: "APPROVED" } }), 200);

  const refused = [
    reviewer.post(`/api/v1/sentences/${first.id}/annotations`, { data: annotation }),
    reviewer.patch(`/api/v1/annotations/${kept.id}`, { data: { severity: "Minor" } }),
    reviewer.delete(`/api/v1/annotations/${kept.id}`),
    editor.post(`/api/v1/articles/${article.id}/original`, { data: { text: "Imran Khan a parlé. Khan est parti." } }),
    editor.patch(`/api/v1/articles/${article.id}/checks`, { data: { enabled: [] } }),
    editor.post(`/api/v1/articles/${article.id}/checks/dismiss`, { data: { sentenceId: issue.sentenceId, key: issue.key } }),
    reviewer.patch(`/api/v1/articles/${article.id}/assignment`, { data: { editorId: await userId("editor") } }),
  ];
  for (const response of await Promise.all(refused)) {
    const body = await expectError(response, 409, "conflict");
    expect(body.error.message).toMatch(/approved/i);
  }

  // Nothing moved: the annotation, the MQM figures, the checks, the original text and the assignment.
  const annotations = await expectJson<{ annotations: AnnotationView[] }>(await editor.get(`/api/v1/articles/${article.id}/annotations`), 200);
  expect(annotations.annotations.map((a) => [a.id, a.severity])).toEqual([[kept.id, "Major"]]);
  expect(await expectJson(await editor.get(`/api/v1/articles/${article.id}/mqm`), 200)).toEqual(mqmBefore);
  const checksAfter = await expectJson<ChecksView>(await editor.get(`/api/v1/articles/${article.id}/checks`), 200);
  expect(checksAfter.enabled).toEqual(checksBefore.enabled);
  expect(checksAfter.issues.every((i) => !i.dismissed)).toBe(true);
  const after = await expectJson<ArticleView>(await editor.get(`/api/v1/articles/${article.id}`), 200);
  expect(after.sentences.map((s) => s.originalText ?? null)).toEqual(article.sentences.map(() => null));
  expect(after.editor).toBeNull();

  // Reopened, the same writes go through.
  await expectJson(await reviewer.post(`/api/v1/articles/${article.id}/transition`, { data: { from: "APPROVED", to: "IN_PROGRESS", reason: "One more fix" } }), 200);
  await expectJson(await reviewer.patch(`/api/v1/annotations/${kept.id}`, { data: { severity: "Minor" } }), 200);
  await expectJson(await reviewer.patch(`/api/v1/articles/${article.id}/assignment`, { data: { editorId: await userId("editor") } }), 200);
});
