import { expandSentences, type WorkspaceSentences } from "../../lib/api/compact-sentences";
import { type ArticleView, editSentence, expect, expectError, expectJson, importArticle, test } from "./client";

// The workspace of a long article gets its first screen with the page and the rest from here.
test.describe("GET /api/v1/articles/:id/sentences", () => {
  test("gives every sentence in the workspace's compact form, the same as the article", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    const edited = article.sentences[1];
    await expectJson(await editSentence(editor, edited.id, "An edited second sentence.", edited.version), 200);
    const viewer = await as("viewer");
    const full = await expectJson<ArticleView>(await viewer.get(`/api/v1/articles/${article.id}`), 200);
    const body = await expectJson<WorkspaceSentences>(await viewer.get(`/api/v1/articles/${article.id}/sentences`), 200);
    expect(expandSentences(body.sentences)).toEqual(full.sentences);
    expect(body.glossary).toMatchObject({ sentences: expect.any(Array), entries: expect.any(Array) });
  });

  test("an unknown or malformed article id is 404", async ({ as }) => {
    const viewer = await as("viewer");
    await expectError(await viewer.get("/api/v1/articles/987654321/sentences"), 404, "not_found");
    await expectError(await viewer.get("/api/v1/articles/abc/sentences"), 404, "not_found");
  });
});
