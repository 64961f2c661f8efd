import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { ImportPreview } from "../../lib/import-preview";
import { type ArticleView, expect, expectError, expectJson, importArticle, test, unique } from "./client";

const fixtureDir = path.join(import.meta.dirname, "../fixtures/import");
const fixture = (name: string) => readFileSync(path.join(fixtureDir, name));
const headline = "Russia and China advocate a pragmatic rapprochement with the Taliban";

function upload(api: APIRequestContext, endpoint: "/api/v1/imports" | "/api/v1/imports/preview", name: string, params: Record<string, string> = {}, body: Buffer = fixture(name)) {
  const query = new URLSearchParams({ filename: name, ...params });
  return api.post(`${endpoint}?${query}`, { data: body, headers: { "Content-Type": "application/octet-stream" } });
}

// Other tests import articles at the same time: "nothing stored" is checked by a title only this test uses.
async function titles(api: APIRequestContext): Promise<string[]> {
  return (await expectJson<{ articles: { title: string }[] }>(await api.get("/api/v1/articles"), 200)).articles.map((a) => a.title);
}

const formats = [
  { name: "article.md", format: "md", title: headline, paragraphs: 14, sentences: 15, sourceLang: "und" },
  { name: "article.html", format: "html", title: headline, paragraphs: 9, sentences: 11, sourceLang: "und" },
  { name: "article.docx", format: "docx", title: headline, paragraphs: 7, sentences: 8, sourceLang: "und" },
  // Unit 4 of each XLIFF file (translate="no") has no target: skipped, not MT to review.
  { name: "article-1.2.xlf", format: "xliff", title: headline, paragraphs: 5, sentences: 5, sourceLang: "fr" },
  { name: "article-2.0.xlf", format: "xliff", title: headline, paragraphs: 3, sentences: 3, sourceLang: "fr" },
];

test.describe("POST /api/v1/imports/preview and /api/v1/imports", () => {
  for (const expected of formats) {
    test(`${expected.name}: the preview shows how it will be split, stores nothing, and the import stores exactly that`, async ({ as }) => {
      const editor = await as("editor");
      const marker = unique("Preview");
      const preview = await expectJson<ImportPreview>(await upload(editor, "/api/v1/imports/preview", expected.name, { title: marker }), 200);
      expect(preview).toMatchObject({
        title: marker,
        format: expected.format,
        sourceLang: expected.sourceLang,
        targetLang: "en",
        paragraphs: expected.paragraphs,
        sentences: expected.sentences,
      });
      expect(preview.detectedLang?.lang).toBe("en");
      expect(preview.firstSentences[0].replace(/\s+/g, " ")).toBe(headline);
      expect(preview.firstSentences).toHaveLength(Math.min(10, expected.sentences));
      expect(await titles(editor)).not.toContain(marker);

      const response = await upload(editor, "/api/v1/imports", expected.name);
      const article = await expectJson<ArticleView>(response, 201);
      expect(response.headers()["location"]).toBe(`/api/v1/articles/${article.id}`);
      expect(article).toMatchObject({ title: expected.title, sourceLang: expected.sourceLang, targetLang: "en" });
      expect(article.sentences).toHaveLength(expected.sentences);
      expect(article.sentences.slice(0, 10).map((s) => s.text)).toEqual(preview.firstSentences);
      const listed = await expectJson<ArticleView>(await editor.get(`/api/v1/articles/${article.id}`), 200);
      expect(listed.sentences).toHaveLength(expected.sentences);
    });
  }

  test("XLIFF sentences come with their original-language text", async ({ as }) => {
    const article = await expectJson<ArticleView>(await upload(await as("editor"), "/api/v1/imports", "article-1.2.xlf"), 201);
    expect(article.sentences[0].originalText).toBe("La Russie et la Chine prônent un rapprochement pragmatique avec les talibans");
  });

  test("an XLIFF file with some targets imports those and says how many units it skipped", async ({ as }) => {
    const editor = await as("editor");
    const preview = await expectJson<ImportPreview>(await upload(editor, "/api/v1/imports/preview", "some-targets.xlf"), 200);
    expect(preview).toMatchObject({ sentences: 3, skippedUnits: 2, sourceLang: "de", targetLang: "en-US" });
    const article = await expectJson<ArticleView & { skippedUnits: number }>(await upload(editor, "/api/v1/imports", "some-targets.xlf"), 201);
    expect(article.skippedUnits).toBe(2);
    expect(article.sentences.map((s) => s.text)).toEqual(["Sentence number 1.", "Sentence number 2.", "Sentence number 4."]);
    expect(article.sentences.map((s) => s.originalText)).toEqual(["Satz Nummer 1.", "Satz Nummer 2.", "Satz Nummer 4."]);
  });

  test("XLIFF in a declared legacy encoding, and with a DOCTYPE only inside a comment, imports", async ({ as }) => {
    const editor = await as("editor");
    const legacy = await expectJson<ArticleView>(await upload(editor, "/api/v1/imports", "windows-1252.xlf"), 201);
    expect(legacy.sentences[0]).toMatchObject({ text: "Summer’s café — 5 €.", originalText: "Café à l’été — 5 €." });
    const commented = await expectJson<ArticleView>(await upload(editor, "/api/v1/imports", "comment-doctype.xlf"), 201);
    expect(commented.sentences.map((s) => s.text)).toEqual(["Yes."]);
  });

  test("Markdown code, raw HTML and thematic breaks arrive whole and cannot be edited; a wrapped quote is one block", async ({ as }) => {
    const editor = await as("editor");
    const article = await expectJson<ArticleView>(await upload(editor, "/api/v1/imports", "verbatim.md"), 201);
    expect(article.sentences.map((s) => [s.block, s.text])).toEqual([
      ["h1", "Release notes"],
      ["p", "The tool was updated."],
      ["p", "It is faster now."],
      ["code", "```sh\nnpm install redline. Then run it.\n```"],
      ["html", '<div class="note">Raw HTML. Not reviewed.</div>'],
      ["hr", "***"],
      ["quote", "A quote that was wrapped\nover two lines."],
      ["quote", "And a second sentence."],
    ]);
    const code = article.sentences[3];
    const error = await expectError(await editor.patch(`/api/v1/sentences/${code.id}`, { data: { text: "changed", version: code.version } }), 422, "unprocessable");
    expect(error.error.message).toMatch(/verbatim/);
    const after = await expectJson<ArticleView>(await editor.get(`/api/v1/articles/${article.id}`), 200);
    expect(after.sentences[3]).toMatchObject({ text: code.text, version: code.version });
    const md = await editor.get(`/api/v1/articles/${article.id}/export?format=md`);
    expect(await md.text()).toBe(readFileSync(path.join(fixtureDir, "verbatim.md"), "utf8"));
  });

  test("Word footnotes and endnotes: markers stay after their word, notes come last as reviewable paragraphs with their marker", async ({ as }) => {
    const editor = await as("editor");
    const article = await expectJson<ArticleView>(await upload(editor, "/api/v1/imports", "notes.docx"), 201);
    expect(article.sentences.map((s) => [s.block, s.text])).toEqual([
      ["h1", headline],
      ["p", "The leaders of the SCO[1], led by Moscow and Beijing, want to stand out as partners of Afghanistan.[2]"],
      ["p", "“The new Afghan authorities must be encouraged to keep their promises,” Putin said.[3]"],
      ["p", "And he was not the only one to express himself in this line."],
      ["footnote", "The Shanghai Cooperation Organization."],
      ["footnote", "It was founded in 2001 in Shanghai."],
      ["footnote", "Taken by the Taliban in August 2021."],
      ["footnote", "Speaking by videoconference from Moscow."],
    ]);
    // Each note's marker comes with its first sentence, kept as imported (the workspace shows it beside the MT).
    expect(article.sentences.map((s) => s.prefix)).toEqual(["", "", "", "", "[1] ", "", "[2] ", "[3] "]);
    // A note is translated text: it is reviewed and corrected like any sentence.
    const note = article.sentences[7];
    const saved = await expectJson<{ text: string; prefix: string }>(await editor.patch(`/api/v1/sentences/${note.id}`, { data: { text: "Speaking by video link from Moscow.", version: note.version } }), 200);
    expect(saved).toMatchObject({ text: "Speaking by video link from Moscow.", prefix: "[3] " });
    const text = await (await editor.get(`/api/v1/articles/${article.id}/export?format=txt`)).text();
    expect(text).toBe(
      `${headline}\n\nThe leaders of the SCO[1], led by Moscow and Beijing, want to stand out as partners of Afghanistan.[2] ` +
        "“The new Afghan authorities must be encouraged to keep their promises,” Putin said.[3]\n\n" +
        "And he was not the only one to express himself in this line.\n\n" +
        "[1] The Shanghai Cooperation Organization. It was founded in 2001 in Shanghai.\n\n" +
        "[2] Taken by the Taliban in August 2021.\n\n[3] Speaking by video link from Moscow.",
    );
    const markdown = await (await editor.get(`/api/v1/articles/${article.id}/export?format=md`)).text();
    expect(markdown).toContain("\n\n[2] Taken by the Taliban in August 2021.\n\n[3] Speaking by video link from Moscow.");
    const docx = await editor.get(`/api/v1/articles/${article.id}/export?format=docx`);
    expect(docx.status()).toBe(200);
  });

  test("the translation language given wins over the detected one and changes the split", async ({ as }) => {
    const preview = await expectJson<ImportPreview>(
      await upload(await as("editor"), "/api/v1/imports/preview", "article.html", { targetLang: "fr", sourceLang: "de", title: "Mine" }),
      200,
    );
    expect(preview).toMatchObject({ title: "Mine", targetLang: "fr", sourceLang: "de" });
    expect(preview.detectedLang?.lang).toBe("en");
  });

  const refusals = [
    { what: "an empty file", name: "empty.txt", status: 422, code: "unprocessable", message: /empty/i },
    { what: "a binary file", name: "binary.txt", status: 422, code: "unprocessable", message: /binary/i },
    { what: "a password-protected .docx", name: "password-protected.docx", status: 422, code: "unprocessable", message: /password/i },
    { what: "a .docx that is not a zip", name: "not-a-zip.docx", status: 422, code: "unprocessable", message: /not a Word document/i },
    { what: "a malformed XLIFF file", name: "bad.xlf", status: 422, code: "unprocessable", message: /not well-formed/i },
    { what: "an XLIFF file with entities", name: "xxe.xlf", status: 422, code: "unprocessable", message: /DOCTYPE|entities/i },
    { what: "an XLIFF file with no targets", name: "no-targets.xlf", status: 422, code: "unprocessable", message: /no translations to review: none of its 4 units has a <target>/ },
    { what: "an invalid XLIFF 2.0 file", name: "invalid-2.0.xlf", status: 422, code: "unprocessable", message: /^This XLIFF file is not valid XLIFF 2\.0\/2\.1 \(line 7\): / },
    { what: "an unsupported type", name: "article.pdf", status: 415, code: "unsupported_media_type", message: /not supported/i },
  ];
  for (const refusal of refusals) {
    test(`${refusal.what} is refused with a clear message and nothing is stored`, async ({ as }) => {
      const editor = await as("editor");
      const marker = unique("Refused");
      const body = refusal.name === "article.pdf" ? Buffer.from("%PDF-1.4") : fixture(refusal.name);
      for (const endpoint of ["/api/v1/imports/preview", "/api/v1/imports"] as const) {
        const error = await expectError(await upload(editor, endpoint, refusal.name, { title: marker }, body), refusal.status, refusal.code);
        expect(error.error.message).toMatch(refusal.message);
      }
      expect(await titles(editor)).not.toContain(marker);
    });
  }

  test("an oversized file is refused before it is read: over 2 MB of text, over 10 MB of .docx", async ({ as }) => {
    const editor = await as("editor");
    const marker = unique("Oversized");
    const text = Buffer.from("A sentence. ".repeat(200_000));
    const error = await expectError(await upload(editor, "/api/v1/imports", "big.txt", { title: marker }, text), 413, "payload_too_large");
    expect(error.error.message).toMatch(/larger than 2 MB/);
    const docx = Buffer.alloc(11 * 1024 * 1024, 1);
    expect((await expectError(await upload(editor, "/api/v1/imports/preview", "big.docx", {}, docx), 413, "payload_too_large")).error.message).toMatch(/10 MB/);
    expect(await titles(editor)).not.toContain(marker);
  });

  test("a viewer may not import; a bad language code is a 400", async ({ as }) => {
    await expectError(await upload(await as("viewer"), "/api/v1/imports", "article.html"), 403, "forbidden");
    await expectError(await upload(await as("editor"), "/api/v1/imports/preview", "article.html", { targetLang: "not a language" }), 400, "bad_request");
  });
});

test.describe("POST /api/v1/articles/:id/original", () => {
  test("aligns an original text with the sentences without a new revision or version", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, "The cat sat on the mat. The dog barked.\n\nA second paragraph.", { sourceLang: "fr", targetLang: "en" });
    const response = await editor.post(`/api/v1/articles/${article.id}/original`, {
      data: { text: "Le chat était assis sur le tapis. Le chien a aboyé.\n\nUn second paragraphe." },
    });
    const updated = await expectJson<ArticleView>(response, 200);
    expect(updated.sentences.map((s) => s.originalText)).toEqual([
      "Le chat était assis sur le tapis.",
      "Le chien a aboyé.",
      "Un second paragraphe.",
    ]);
    expect(updated.sentences.map((s) => ({ text: s.text, version: s.version, kind: s.lastChange?.kind }))).toEqual(
      article.sentences.map((s) => ({ text: s.text, version: s.version, kind: "IMPORT" })),
    );
  });

  test("refuses an empty text, a viewer, and an unknown article", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    await expectError(await editor.post(`/api/v1/articles/${article.id}/original`, { data: { text: "  " } }), 400, "bad_request");
    await expectError(await (await as("viewer")).post(`/api/v1/articles/${article.id}/original`, { data: { text: "Bonjour." } }), 403, "forbidden");
    await expectError(await editor.post("/api/v1/articles/999999999/original", { data: { text: "Bonjour." } }), 404, "not_found");
  });
});
