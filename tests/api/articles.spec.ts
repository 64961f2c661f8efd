import { testUsers } from "../support/users";
import {
  type ArticleView,
  type TimelineEntry,
  editSentence,
  expect,
  expectError,
  expectJson,
  importArticle,
  listArticles,
  test,
  unique,
  userId,
} from "./client";

test.describe("POST /api/v1/articles", () => {
  test("an editor imports an article: 201 with its sentences, readable back by id and in the list", async ({ as }) => {
    const editor = await as("editor");
    const title = unique("Import");
    const response = await editor.post("/api/v1/articles", {
      data: { title, text: "The cat sat on the mat. The dog barked.\n\nA second paragraph.", sourceLang: "fr", targetLang: "en" },
    });
    const article = await expectJson<ArticleView>(response, 201);
    expect(response.headers()["location"]).toBe(`/api/v1/articles/${article.id}`);
    expect(article).toMatchObject({ title, sourceLang: "fr", targetLang: "en", createdBy: { email: testUsers.editor.email } });
    expect(article.sentences.map((s) => s.text)).toEqual(["The cat sat on the mat.", "The dog barked.", "A second paragraph."]);
    for (const s of article.sentences) {
      expect(s).toMatchObject({ articleId: article.id, status: "UNTOUCHED", version: 1, sourceText: s.text });
      expect(s.lastChange?.kind).toBe("IMPORT");
    }
    const positions = article.sentences.map((s) => s.position);
    expect(positions).toEqual([...new Set(positions)].sort((a, b) => a - b)); // distinct, in article order

    const viewer = await as("viewer");
    expect(await expectJson<ArticleView>(await viewer.get(`/api/v1/articles/${article.id}`), 200)).toEqual(article);
    const articles = await listArticles(viewer);
    expect(articles.find((a) => a.id === article.id)).toMatchObject({
      title,
      sentenceCount: 3,
      editedCount: 0,
      confirmedCount: 0,
      lastChange: { by: testUsers.editor.name },
    });
  });

  test("without a title the first line becomes the title; language codes default", async ({ as }) => {
    const editor = await as("editor");
    const heading = unique("Heading");
    const article = await expectJson<ArticleView>(
      await editor.post("/api/v1/articles", { data: { text: `${heading}\n\nBody sentence one. Body sentence two.` } }),
      201,
    );
    expect(article.title).toBe(heading);
    expect(article.targetLang).toBe("en");
    expect(article.sentences.map((s) => s.text)).toContain("Body sentence two.");
  });

  test("the list counts edits and confirmations", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    const [first, second] = article.sentences;
    await expectJson(await editSentence(editor, first.id, "Edited first sentence.", first.version), 200);
    const reviewer = await as("reviewer");
    await expectJson(await reviewer.post(`/api/v1/sentences/${second.id}/confirm`, { data: { version: second.version } }), 200);
    const articles = await listArticles(editor);
    expect(articles.find((a) => a.id === article.id)).toMatchObject({
      sentenceCount: article.sentences.length,
      editedCount: 1,
      confirmedCount: 1,
      lastChange: { by: testUsers.reviewer.name },
    });
  });

  test("a text over 2 MB is refused with 413 and stores nothing", async ({ as }) => {
    const editor = await as("editor");
    const title = unique("Huge");
    const text = "Lorem ipsum dolor sit amet. ".repeat(Math.ceil((2 * 1024 * 1024) / 28) + 10);
    const response = await editor.post("/api/v1/articles", { data: { title, text } });
    const body = await expectError(response, 413, "payload_too_large");
    expect(body.error.message).toContain("2 MB");
    expect((await listArticles(editor)).map((a) => a.title)).not.toContain(title);
  });

  test("a text of multi-byte characters over 2 MB in UTF-8 is refused with 413", async ({ as }) => {
    const editor = await as("editor");
    // 1.2 M characters, 2.4 MB in UTF-8: fewer characters than the limit, more bytes.
    const text = "ééééé. ".repeat(200_000);
    expect(text.length).toBeLessThan(2 * 1024 * 1024);
    expect(Buffer.byteLength(text)).toBeGreaterThan(2 * 1024 * 1024);
    await expectError(await editor.post("/api/v1/articles", { data: { title: unique("Wide"), text } }), 413, "payload_too_large");
  });

  for (const text of ["", "   \n\n\t  "]) {
    test(`an empty text (${JSON.stringify(text)}) is refused with 422`, async ({ as }) => {
      const editor = await as("editor");
      const title = unique("Empty");
      const body = await expectError(await editor.post("/api/v1/articles", { data: { title, text } }), 422, "unprocessable");
      expect(body.error.message).toMatch(/empty/i);
      expect((await listArticles(editor)).map((a) => a.title)).not.toContain(title);
    });
  }

  test("a viewer may not import (403); without a session it is 401", async ({ as, anonymous }) => {
    const title = unique("Refused");
    const data = { title, text: "A sentence that must not be stored." };
    const viewerBody = await expectError(await (await as("viewer")).post("/api/v1/articles", { data }), 403, "forbidden");
    expect(viewerBody.error.message).toContain("viewer");
    await expectError(await (await anonymous()).post("/api/v1/articles", { data }), 401, "unauthorized");
    expect((await listArticles(await as("admin"))).map((a) => a.title)).not.toContain(title);
  });

  const invalid: [string, unknown][] = [
    ["no text", { title: "x" }],
    ["text is a number", { text: 42 }],
    ["a bad language code", { text: "Fine text.", targetLang: "english!" }],
    ["a title over 300 characters", { text: "Fine text.", title: "t".repeat(301) }],
    ["an array body", ["Fine text."]],
    ["null body", null],
  ];
  for (const [what, data] of invalid) {
    test(`an invalid body (${what}) is 400 with the field named`, async ({ as }) => {
      const response = await (await as("editor")).post("/api/v1/articles", { data: Buffer.from(JSON.stringify(data)), headers: { "Content-Type": "application/json" } });
      await expectError(response, 400, "bad_request");
    });
  }

  test("reviewers and admins may import too", async ({ as }) => {
    for (const user of ["reviewer", "admin"] as const) {
      const article = await importArticle(await as(user));
      expect(article.createdBy.email).toBe(testUsers[user].email);
    }
  });
});

test.describe("GET /api/v1/articles/:id", () => {
  for (const id of ["999999999", "abc", "1.5", "-1", "0x10", "99999999999999999999", "%20"]) {
    test(`an unknown or non-numeric id (${id}) is 404, never 500`, async ({ as }) => {
      const viewer = await as("viewer");
      await expectError(await viewer.get(`/api/v1/articles/${id}`), 404, "not_found");
      await expectError(await viewer.get(`/api/v1/articles/${id}/export?format=txt`), 404, "not_found");
      await expectError(await viewer.get(`/api/v1/articles/${id}/timeline`), 404, "not_found");
    });
  }

  test("without a session the list and an article are 401", async ({ as, anonymous }) => {
    const article = await importArticle(await as("editor"));
    const nobody = await anonymous();
    await expectError(await nobody.get("/api/v1/articles"), 401, "unauthorized");
    await expectError(await nobody.get(`/api/v1/articles/${article.id}`), 401, "unauthorized");
    await expectError(await nobody.get(`/api/v1/articles/${article.id}/export`), 401, "unauthorized");
    await expectError(await nobody.get(`/api/v1/articles/${article.id}/timeline`), 401, "unauthorized");
  });
});

test.describe("GET /api/v1/articles/:id/export", () => {
  const text = "Le premier titre\n\nThe first sentence is here.  The second one follows!\nA line break inside.\n\n\nThird paragraph?  Yes.\n";

  test("txt of an unedited import is the imported text exactly, as an attachment", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, text);
    const response = await (await as("viewer")).get(`/api/v1/articles/${article.id}/export?format=txt`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(response.headers()["content-disposition"]).toMatch(/^attachment; filename="[a-z0-9-]+\.txt"$/);
    expect(await response.text()).toBe(text);
    // txt is the default format
    expect(await (await editor.get(`/api/v1/articles/${article.id}/export`)).text()).toBe(text);
  });

  test("txt without a title keeps the first line too", async ({ as }) => {
    const editor = await as("editor");
    const article = await expectJson<ArticleView>(await editor.post("/api/v1/articles", { data: { text } }), 201);
    expect(await (await editor.get(`/api/v1/articles/${article.id}/export?format=txt`)).text()).toBe(text);
  });

  test("the export carries the corrections", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, text);
    const target = article.sentences.find((s) => s.text === "The second one follows!");
    if (!target) throw new Error("sentence not found");
    await expectJson(await editSentence(editor, target.id, "The second one comes next!", target.version), 200);
    const exported = await (await editor.get(`/api/v1/articles/${article.id}/export?format=txt`)).text();
    expect(exported).toBe(text.replace("The second one follows!", "The second one comes next!"));
  });

  const formats: [string, RegExp, RegExp][] = [
    ["md", /^text\/markdown/, /\.md$/],
    ["html", /^text\/html/, /\.html$/],
    ["json", /^application\/json/, /\.json$/],
    ["docx", /^application\/vnd\.openxmlformats/, /\.docx$/],
    ["docx-tracked", /^application\/vnd\.openxmlformats/, /-tracked\.docx$/],
    ["redline", /^text\/html/, /-redline\.html$/],
    ["xliff", /xliff\+xml/, /\.xlf$/],
    ["xliff12", /xliff\+xml/, /-xliff12\.xlf$/],
    ["csv", /^text\/csv/, /-history\.csv$/],
  ];
  for (const [format, type, name] of formats) {
    test(`format ${format}: its content type and an attachment name`, async ({ as }) => {
      const editor = await as("editor");
      const title = unique("Export Title");
      const article = await importArticle(editor, "Only one sentence here.", { title });
      const response = await editor.get(`/api/v1/articles/${article.id}/export?format=${format}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toMatch(type);
      const disposition = response.headers()["content-disposition"];
      expect(disposition).toMatch(/^attachment; filename="[a-z0-9-]+(\.[a-z]+)+"$/);
      expect(disposition).toMatch(new RegExp(`${name.source.replace("$", "")}"$`));
      expect(disposition).toContain(title.toLowerCase().replace(/ /g, "-"));
      const body = await response.body();
      expect(body.byteLength).toBeGreaterThan(0);
      if (!format.startsWith("docx")) expect(body.toString("utf8")).toContain("Only one sentence here.");
      else expect(body.subarray(0, 2).toString("latin1")).toBe("PK");
    });
  }

  for (const format of ["odt", "TXT", "", "txt;", "../txt"]) {
    test(`an unknown format (${JSON.stringify(format)}) is 400 naming the formats`, async ({ as }) => {
      const article = await importArticle(await as("editor"));
      const response = await (await as("viewer")).get(`/api/v1/articles/${article.id}/export?format=${encodeURIComponent(format)}`);
      const body = await expectError(response, 400, "bad_request");
      expect(body.error.message).toContain("txt");
      expect(body.error.message).toContain("docx");
    });
  }
});

test.describe("GET /api/v1/articles/:id/timeline", () => {
  test("lists every revision newest first, filtered by author", async ({ as }) => {
    const editor = await as("editor");
    const editor2 = await as("editor2");
    const article = await importArticle(editor);
    const [first, second] = article.sentences;
    await expectJson(await editSentence(editor, first.id, "First, edited by Eddie.", 1), 200);
    await expectJson(await editSentence(editor2, second.id, "Second, edited by Erin.", 1), 200);
    await expectJson(await editSentence(editor2, first.id, "First, edited again by Erin.", 2), 200);

    const { revisions } = await expectJson<{ revisions: TimelineEntry[] }>(await editor.get(`/api/v1/articles/${article.id}/timeline`), 200);
    expect(revisions).toHaveLength(article.sentences.length + 3);
    const ids = revisions.map((r) => r.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(revisions.slice(0, 3).map((r) => [r.kind, r.text, r.previousText, r.author.email, r.sentence.id])).toEqual([
      ["EDIT", "First, edited again by Erin.", "First, edited by Eddie.", testUsers.editor2.email, first.id],
      ["EDIT", "Second, edited by Erin.", second.text, testUsers.editor2.email, second.id],
      ["EDIT", "First, edited by Eddie.", first.text, testUsers.editor.email, first.id],
    ]);
    expect(revisions.slice(3).every((r) => r.kind === "IMPORT" && r.previousText === "")).toBe(true);

    const erin = await userId("editor2");
    const filtered = await expectJson<{ revisions: TimelineEntry[] }>(
      await editor.get(`/api/v1/articles/${article.id}/timeline?author=${erin}`),
      200,
    );
    expect(filtered.revisions.map((r) => r.text)).toEqual(["First, edited again by Erin.", "Second, edited by Erin."]);
    expect(filtered.revisions.every((r) => r.author.id === erin)).toBe(true);

    const viewerId = await userId("viewer");
    const none = await expectJson<{ revisions: TimelineEntry[] }>(
      await (await as("viewer")).get(`/api/v1/articles/${article.id}/timeline?author=${viewerId}`),
      200,
    );
    expect(none.revisions).toEqual([]);
  });

  test("filters by kind and time span; malformed filters are 400, never 500", async ({ as }) => {
    const editor = await as("editor");
    const before = new Date(Date.now() - 1000).toISOString();
    const article = await importArticle(editor);
    await expectJson(await editSentence(editor, article.sentences[0].id, "Edited for the filter.", 1), 200);
    const url = `/api/v1/articles/${article.id}/timeline`;
    const edits = await expectJson<{ revisions: TimelineEntry[] }>(await editor.get(`${url}?kind=EDIT`), 200);
    expect(edits.revisions.map((r) => r.text)).toEqual(["Edited for the filter."]);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const later = await expectJson<{ revisions: TimelineEntry[] }>(await editor.get(`${url}?from=${encodeURIComponent(future)}`), 200);
    expect(later.revisions).toEqual([]);
    const span = await expectJson<{ revisions: TimelineEntry[] }>(
      await editor.get(`${url}?from=${encodeURIComponent(before)}&to=${encodeURIComponent(future)}&kind=IMPORT`),
      200,
    );
    expect(span.revisions).toHaveLength(article.sentences.length);
    await expectError(await editor.get(`${url}?author=eddie`), 400, "bad_request");
    await expectError(await editor.get(`${url}?kind=DELETE`), 400, "bad_request");
    await expectError(await editor.get(`${url}?from=yesterday`), 400, "bad_request");
  });
});

test.describe("POST /api/v1/segment", () => {
  test("splits a text into sentences and stores nothing", async ({ as }) => {
    const viewer = await as("viewer");
    const marker = unique("Segmentme");
    const { sentences } = await expectJson<{ sentences: string[] }>(
      await viewer.post("/api/v1/segment", { data: { text: `${marker} is first. Dr. Smith arrived at 3 p.m. today! Is it over?\n\nNew paragraph.` } }),
      200,
    );
    expect(sentences).toEqual([`${marker} is first.`, "Dr. Smith arrived at 3 p.m. today!", "Is it over?", "New paragraph."]);
    const articles = await listArticles(viewer);
    expect(articles.some((a) => a.title.includes(marker))).toBe(false);
  });

  test("takes a language", async ({ as }) => {
    const { sentences } = await expectJson<{ sentences: string[] }>(
      await (await as("editor")).post("/api/v1/segment", { data: { text: "Bonjour. Ça va ?", lang: "fr" } }),
      200,
    );
    expect(sentences).toEqual(["Bonjour.", "Ça va ?"]);
  });

  test("an empty text gives no sentences", async ({ as }) => {
    const { sentences } = await expectJson<{ sentences: string[] }>(await (await as("editor")).post("/api/v1/segment", { data: { text: "" } }), 200);
    expect(sentences).toEqual([]);
  });

  for (const [what, data] of [
    ["no text", { lang: "en" }],
    ["a bad language", { text: "A sentence.", lang: "not a language" }],
    ["text as an object", { text: { a: 1 } }],
  ] as const) {
    test(`an invalid body (${what}) is 400`, async ({ as }) => {
      await expectError(await (await as("editor")).post("/api/v1/segment", { data }), 400, "bad_request");
    });
  }

  test("without a session it is 401", async ({ anonymous }) => {
    await expectError(await (await anonymous()).post("/api/v1/segment", { data: { text: "A sentence." } }), 401, "unauthorized");
  });
});
