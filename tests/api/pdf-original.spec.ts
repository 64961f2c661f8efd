import type { APIRequestContext } from "@playwright/test";
import { pdfText } from "../support/pdf";
import { editSentence, expect, expectError, expectJson, importArticle, test, unique, type ArticleView, type SentenceView } from "./client";

test.describe("GET /api/v1/articles/:id/export?format=pdf", () => {
  test("prints the redline page as a PDF with the corrections in it", async ({ as }) => {
    const editor = await as("editor");
    const title = unique("Printed");
    const article = await importArticle(editor, "Imran Kahn spoke. The talks went on.", { title });
    await expectJson<SentenceView>(await editSentence(editor, article.sentences[0].id, "Imran Khan spoke.", 1), 200);

    const response = await (await as("viewer")).get(`/api/v1/articles/${article.id}/export?format=pdf`);
    expect(response.status(), await response.text().catch(() => "")).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename=".+-redline\.pdf"$/);
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(Number(response.headers()["x-export-size"])).toBe(pdf.byteLength);

    const text = pdfText(pdf);
    if (text === null) {
      test.info().annotations.push({ type: "note", description: "pdftotext (poppler-utils) is not installed: the PDF's text was not checked." });
      console.warn("pdftotext (poppler-utils) is not installed: the PDF's text was not checked.");
    } else {
      const words = text.replace(/\s+/g, " ");
      expect(words).toContain(title);
      expect(words).toContain("Khan");
      expect(words).toContain("Kahn");
      expect(words).toContain("The talks went on.");
    }
    // Latin text is typeset by Redline itself, without Chromium (lib/export/pdf.ts).
    expect(pdf.toString("latin1")).toContain("/Producer (Redline)");
  });

  test("prints an article in a script the standard fonts lack (Arabic) with Chromium, its text intact", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, "مرحبا بالعالم الجديد. تستمر المحادثات.", { title: unique("Arabic"), sourceLang: "en", targetLang: "ar" });
    await expectJson<SentenceView>(await editSentence(editor, article.sentences[0].id, "أهلا بالعالم الجديد.", 1), 200);

    const response = await editor.get(`/api/v1/articles/${article.id}/export?format=pdf`);
    expect(response.status(), await response.text().catch(() => "")).toBe(200);
    const pdf = await response.body();
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.toString("latin1")).not.toContain("/Producer (Redline)");
    const text = pdfText(pdf);
    if (text !== null) expect(text).toContain("المحادثات");
  });
});

test.describe("POST /api/v1/articles/:id/original/move", () => {
  async function alignedArticle(editor: APIRequestContext) {
    const article = await importArticle(editor, "The cat sat on the mat. The dog barked.\n\nA second paragraph.", { sourceLang: "fr", targetLang: "en" });
    const aligned = await expectJson<ArticleView>(
      await editor.post(`/api/v1/articles/${article.id}/original`, { data: { text: "Le chat était assis sur le tapis. Le chien a aboyé.\n\nUn second paragraphe." } }),
      200,
    );
    return aligned;
  }

  const originals = async (editor: APIRequestContext, id: number) =>
    (await expectJson<ArticleView>(await editor.get(`/api/v1/articles/${id}`), 200)).sentences.map((s) => s.originalText);

  test("up moves this row's first original sentence to the previous row; down moves it back", async ({ as }) => {
    const editor = await as("editor");
    const article = await alignedArticle(editor);
    const [first, second, third] = article.sentences;
    const move = (sentenceId: number, direction: string) =>
      editor.post(`/api/v1/articles/${article.id}/original/move`, { data: { sentenceId, direction } });

    const up = await expectJson<{ removed: number[]; sentences: SentenceView[] }>(await move(second.id, "up"), 200);
    expect(up.removed).toEqual([]);
    expect(up.sentences.map((s) => [s.id, s.originalText])).toEqual([
      [first.id, "Le chat était assis sur le tapis. Le chien a aboyé."],
      [second.id, null],
    ]);
    expect(await originals(editor, article.id)).toEqual(["Le chat était assis sur le tapis. Le chien a aboyé.", null, "Un second paragraphe."]);

    // Nothing to move down from an empty row; the first row's last sentence comes back down.
    await expectError(await move(third.id, "down"), 422, "unprocessable");
    await expectJson(await move(second.id, "down"), 200);
    expect(await originals(editor, article.id)).toEqual(["Le chat était assis sur le tapis.", "Le chien a aboyé.", "Un second paragraphe."]);

    // Across the paragraph boundary too.
    await expectJson(await move(third.id, "up"), 200);
    expect(await originals(editor, article.id)).toEqual(["Le chat était assis sur le tapis.", "Le chien a aboyé. Un second paragraphe.", null]);

    // Reference text only: no revision and no new version.
    const after = await expectJson<ArticleView>(await editor.get(`/api/v1/articles/${article.id}`), 200);
    expect(after.sentences.map((s) => [s.version, s.lastChange?.kind])).toEqual(article.sentences.map(() => [1, "IMPORT"]));
  });

  test("refuses the first row, a viewer, an unknown sentence, another article's sentence and a bad direction", async ({ as }) => {
    const editor = await as("editor");
    const article = await alignedArticle(editor);
    const other = await importArticle(editor);
    const url = `/api/v1/articles/${article.id}/original/move`;
    await expectError(await editor.post(url, { data: { sentenceId: article.sentences[0].id, direction: "up" } }), 422, "unprocessable");
    await expectError(await (await as("viewer")).post(url, { data: { sentenceId: article.sentences[1].id, direction: "up" } }), 403, "forbidden");
    await expectError(await editor.post(url, { data: { sentenceId: 999999999, direction: "up" } }), 404, "not_found");
    await expectError(await editor.post(url, { data: { sentenceId: other.sentences[1].id, direction: "up" } }), 404, "not_found");
    await expectError(await editor.post(url, { data: { sentenceId: article.sentences[1].id, direction: "left" } }), 400, "bad_request");
    await expectError(await editor.post("/api/v1/articles/999999999/original/move", { data: { sentenceId: 1, direction: "up" } }), 404, "not_found");
    expect(await originals(editor, article.id)).toEqual(["Le chat était assis sur le tapis.", "Le chien a aboyé.", "Un second paragraphe."]);
  });
});
