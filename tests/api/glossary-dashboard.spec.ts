import type { APIRequestContext } from "@playwright/test";
import type { ArticleQualityView, ChecksView, GlossaryImportResult, GlossaryTermView, QualityOverview } from "../../lib/api-types";
import { type ApiErrorBody, editSentence, expect, expectError, expectJson, importArticle, test, unique } from "./client";

// The glossary belongs to the whole installation: these tests run one after another.
test.describe.configure({ mode: "serial" });

async function glossary(api: APIRequestContext): Promise<GlossaryTermView[]> {
  return (await expectJson<{ terms: GlossaryTermView[] }>(await api.get("/api/v1/glossary"), 200)).terms;
}

function importCsv(api: APIRequestContext, csv: string, mode?: "merge" | "replace") {
  return api.post(`/api/v1/glossary/import${mode ? `?mode=${mode}` : ""}`, { data: csv, headers: { "Content-Type": "text/csv" } });
}

/** A word no other test's article contains. */
const word = (prefix: string) => unique(prefix).replace(/-/g, "");

test.describe("glossary", () => {
  test("an editor adds, edits and deletes a term; a second term with the same spelling is a 409", async ({ as }) => {
    const editor = await as("editor");
    const term = word("Termx");
    const original = word("terme");
    const created = await expectJson<GlossaryTermView>(
      await editor.post("/api/v1/glossary", { data: { term, forbidden: ["old one", "older"], originalTerm: original, note: "House style" } }),
      201,
    );
    expect(created).toMatchObject({ term, forbidden: ["old one", "older"], originalTerm: original, note: "House style" });
    expect((await glossary(await as("viewer"))).find((t) => t.id === created.id)).toEqual(created);

    await expectError(await editor.post("/api/v1/glossary", { data: { term: term.toUpperCase() } }), 409, "conflict");
    await expectError(await editor.post("/api/v1/glossary", { data: { term: "  " } }), 400, "bad_request");

    const edited = await expectJson<GlossaryTermView>(await editor.patch(`/api/v1/glossary/${created.id}`, { data: { note: "Changed" } }), 200);
    expect(edited).toMatchObject({ term, forbidden: ["old one", "older"], originalTerm: original, note: "Changed" });
    await expectError(await editor.patch(`/api/v1/glossary/${created.id}`, { data: { forbidden: ["a|b"] } }), 400, "bad_request");

    expect((await editor.delete(`/api/v1/glossary/${created.id}`)).status()).toBe(204);
    expect((await glossary(editor)).some((t) => t.id === created.id)).toBe(false);
    await expectError(await editor.patch(`/api/v1/glossary/${created.id}`, { data: { note: "x" } }), 404, "not_found");
    await expectError(await editor.delete(`/api/v1/glossary/${created.id}`), 404, "not_found");
  });

  test("a viewer reads the glossary but may not change it", async ({ as }) => {
    const editor = await as("editor");
    const viewer = await as("viewer");
    const created = await expectJson<GlossaryTermView>(await editor.post("/api/v1/glossary", { data: { term: word("Viewerterm") } }), 201);
    expect((await glossary(viewer)).some((t) => t.id === created.id)).toBe(true);
    await expectError(await viewer.post("/api/v1/glossary", { data: { term: word("Nope") } }), 403, "forbidden");
    await expectError(await viewer.patch(`/api/v1/glossary/${created.id}`, { data: { note: "x" } }), 403, "forbidden");
    await expectError(await viewer.delete(`/api/v1/glossary/${created.id}`), 403, "forbidden");
    await expectError(await importCsv(viewer, "term\nx\n"), 403, "forbidden");
    expect((await viewer.get("/api/v1/glossary/export?format=csv")).status()).toBe(200);
  });

  test("CSV import merges or replaces, reports counts; a bad line is a 422 with its number and stores nothing", async ({ as }) => {
    const editor = await as("editor");
    const kept = await expectJson<GlossaryTermView>(await editor.post("/api/v1/glossary", { data: { term: word("Kept"), note: "before" } }), 201);
    const fresh = word("Fresh");
    const ancien = word("ancien");

    const before = await glossary(editor);
    const bad = await expectError(
      await importCsv(editor, `term,forbidden,note\n${fresh},old|older,fine\n,orphan,no term here\n`),
      422,
      "unprocessable",
    );
    expect(bad.error.message).toMatch(/^Line 3:/);
    expect((bad as ApiErrorBody & { line?: number }).line).toBe(3);
    expect(await glossary(editor)).toEqual(before);
    await expectError(await editor.post("/api/v1/glossary/import", { data: { term: "x" } }), 415, "unsupported_media_type");
    await expectError(await importCsv(editor, "term\nx\n", "sideways" as "merge"), 400, "bad_request");

    const merged = await expectJson<GlossaryImportResult>(
      await importCsv(editor, `term,forbidden,original_term,note\r\n${fresh},old|older,${ancien},new\r\n${kept.term.toLowerCase()},,,"after, quoted"\r\n`),
      200,
    );
    expect(merged).toMatchObject({ mode: "merge", created: 1, updated: 1, deleted: 0, total: before.length + 1 });
    const afterMerge = await glossary(editor);
    expect(afterMerge.find((t) => t.id === kept.id)).toMatchObject({ note: "after, quoted" });
    expect(afterMerge.find((t) => t.term === fresh)).toMatchObject({ forbidden: ["old", "older"], originalTerm: ancien, note: "new" });

    const only = [word("Only"), word("Other")];
    const replaced = await expectJson<GlossaryImportResult>(await importCsv(editor, `term\n${only[0]}\n${only[1]}\n`, "replace"), 200);
    expect(replaced).toMatchObject({ mode: "replace", created: 2, updated: 0, deleted: afterMerge.length, total: 2 });
    expect((await glossary(editor)).map((t) => t.term).sort()).toEqual([...only].sort());
  });

  test("exports the glossary as CSV and TBX", async ({ as }) => {
    const editor = await as("editor");
    const term = word("Exported");
    const original = word("exporte");
    await expectJson(await editor.post("/api/v1/glossary", { data: { term, forbidden: ["Bad one"], originalTerm: original, note: "say \"this\"" } }), 201);

    const csv = await editor.get("/api/v1/glossary/export?format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    expect(csv.headers()["content-disposition"]).toContain("glossary.csv");
    const text = await csv.text();
    expect(text.startsWith("term,forbidden,original_term,note\r\n")).toBe(true);
    expect(text).toContain(`${term},Bad one,${original},"say ""this"""\r\n`);

    const tbx = await editor.get("/api/v1/glossary/export?format=tbx&sourceLang=fr&targetLang=en");
    expect(tbx.status()).toBe(200);
    const xml = await tbx.text();
    expect(xml).toContain('type="TBX-Basic"');
    expect(xml).toContain('<langSec xml:lang="fr">');
    expect(xml).toMatch(new RegExp(`<term>${term}</term>\\s*<termNote type="administrativeStatus">preferredTerm-admn-sts`));
    expect(xml).toMatch(/<term>Bad one<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts/);
    expect(xml).toContain("<note>say &quot;this&quot;</note>");

    await expectError(await editor.get("/api/v1/glossary/export?format=xlsx"), 400, "bad_request");
    await expectError(await editor.get("/api/v1/glossary/export?format=tbx&sourceLang=%22%3E"), 400, "bad_request");
  });

  test("a forbidden variant in an article makes the glossary check fire", async ({ as }) => {
    const editor = await as("editor");
    const preferred = word("Goodterm");
    const variant = word("Badterm");
    await expectJson(await editor.post("/api/v1/glossary", { data: { term: preferred, forbidden: [variant] } }), 201);
    const article = await importArticle(editor, `The envoy praised ${variant} today. Nothing else happened.`);
    const checks = await expectJson<ChecksView>(await editor.get(`/api/v1/articles/${article.id}/checks`), 200);
    const issue = checks.issues.find((i) => i.check === "glossary");
    expect(issue).toMatchObject({ suggestion: { replacement: preferred }, dismissed: false });
    expect(issue && issue.sentence.text.slice(issue.start, issue.end)).toBe(variant);
    const quality = await expectJson<ArticleQualityView>(await editor.get(`/api/v1/articles/${article.id}/quality`), 200);
    expect(quality.qa.byCheck.glossary).toBe(1);
  });

});

test.describe("quality dashboard", () => {
  const annotation = { target: "source", start: 4, end: 9, category: "Accuracy/Mistranslation", severity: "Major", comment: "wrong" };

  test("the article's quality has MQM scores and errors by category and severity once annotated", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, "The first sentence is here. The second one follows.", { targetLang: "en" });
    const clean = await expectJson<ArticleQualityView>(await editor.get(`/api/v1/articles/${article.id}/quality`), 200);
    expect(clean).toMatchObject({ hter: 0, edited: 0, sentences: 2, mqm: { annotationCount: 0, score: { oqs: 100, pass: true }, wmt: 0, errors: [] } });

    const [first] = article.sentences;
    await expectJson(await editSentence(editor, first.id, "The very first sentence is here.", first.version), 200);
    await expectJson(await editor.post(`/api/v1/sentences/${first.id}/annotations`, { data: annotation }), 201);

    const quality = await expectJson<ArticleQualityView>(await editor.get(`/api/v1/articles/${article.id}/quality`), 200);
    expect(quality).toMatchObject({ edited: 1, percentEdited: 50, sentences: 2 });
    expect(quality.hter).toBeGreaterThan(0);
    expect(quality.mqm.annotationCount).toBe(1);
    expect(quality.mqm.score?.pass).toBe(false);
    expect(quality.mqm.score?.oqs).toBeLessThan(100);
    expect(quality.mqm.wmt).toBeGreaterThan(0);
    expect(quality.mqm.errors).toEqual([{ category: "Accuracy/Mistranslation", severity: "Major", count: 1 }]);
    expect(quality.mqm.byCategory["Accuracy/Mistranslation"]).toBe(1);
    expect(quality.mqm.bySeverity.Major).toBe(1);

    // The same figures are in the JSON audit bundle, with the annotation.
    const bundle = await expectJson<{ quality: ArticleQualityView; annotations: { category: string; canModify?: boolean }[] }>(
      await editor.get(`/api/v1/articles/${article.id}/export?format=json`),
      200,
    );
    expect(bundle.quality).toEqual(quality);
    expect(bundle.annotations).toHaveLength(1);
    expect(bundle.annotations[0]).toMatchObject({ category: "Accuracy/Mistranslation" });
    expect(bundle.annotations[0].canModify).toBeUndefined();

    // Across articles: the article is listed with its figures, and its language pair averaged.
    const overview = await expectJson<QualityOverview>(await (await as("viewer")).get("/api/v1/quality"), 200);
    const row = overview.articles.find((a) => a.id === article.id);
    expect(row).toMatchObject({ title: article.title, hter: quality.hter, percentEdited: 50, oqs: quality.mqm.score?.oqs, pass: false, wmt: quality.mqm.wmt });
    expect(overview.byLanguagePair.find((p) => p.pair === `${article.sourceLang} → en`)?.articles).toBeGreaterThan(0);
    const dates = overview.articles.map((a) => a.importedAt);
    expect(dates).toEqual([...dates].sort());
  });
});
