// Correction memory (exact and fuzzy suggestions, learned fixes, TMX) and effort capture over the REST API.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import type { ArticleView, ChecksView } from "../../lib/api-types";
import { emptyKeyCounts, type EffortReportView, type RecordVisitsView } from "../../lib/effort";
import type { ArticleSuggestionsView, LearnedFixView, SentenceSuggestionsView, TmxImportView } from "../../lib/memory";
import { readTmx, tmxProblems } from "../../lib/tmx";
import { tmxDtdProblems } from "../support/tmx-dtd";
import { type SentenceView, editSentence, expect, expectError, expectJson, importArticle, revisionsOf, test, unique, userId } from "./client";

const demoText = readFileSync(path.join(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");
// A language pair no other test uses, so their corrections do not feed this test's memory.
const pair = { sourceLang: "ps", targetLang: "en" };

/** The demo's sentences with the fixes an editor makes: Kahn → Khan and three MT slips. */
function demoCorrections(article: ArticleView): Map<number, string> {
  const byId = new Map<number, string>();
  for (const s of article.sentences) {
    if (/^Kahn also asked/.test(s.sourceText)) byId.set(s.id, s.sourceText.replace("Kahn", "Khan"));
    else if (s.sourceText.includes("crisis humanitarian")) byId.set(s.id, s.sourceText.replace("crisis humanitarian", "humanitarian crisis"));
    else if (s.sourceText.includes("speech. by videoconference")) byId.set(s.id, s.sourceText.replace("speech. by videoconference", "speech by videoconference"));
    else if (s.sourceText.includes("trade. heroin")) byId.set(s.id, s.sourceText.replace("trade. heroin", "trade in heroin"));
  }
  return byId;
}

async function importDemo(api: APIRequestContext): Promise<ArticleView> {
  return importArticle(api, demoText, { title: unique("Demo"), ...pair });
}

test.describe("correction memory", () => {
  test("the demo imported twice: every corrected sentence is offered, the Kahn fix is learned, using one records it in history", async ({ as }) => {
    const editor = await as("editor");
    const first = await importDemo(editor);
    const corrections = demoCorrections(first);
    expect(corrections.size).toBe(4);
    for (const [id, text] of corrections) await expectJson<SentenceView>(await editSentence(editor, id, text, 1), 200);
    // A second editor fixes the same MT error in another article: two editors make it a learned fix.
    const editor2 = await as("editor2");
    const other = await importArticle(editor2, `${unique("Note")}\n\nKahn met reporters in Islamabad.`, pair);
    await expectJson<SentenceView>(await editSentence(editor2, other.sentences[1].id, "Khan met reporters in Islamabad.", 1), 200);

    const second = await importDemo(editor);
    const offered = await expectJson<ArticleSuggestionsView>(await editor.get(`/api/v1/articles/${second.id}/suggestions`), 200);
    const bySource = new Map(second.sentences.map((s) => [s.id, s.sourceText]));
    const expected = [...corrections].map(([id, text]) => ({ source: first.sentences.find((s) => s.id === id)?.sourceText, text }));
    expect(offered.sentences.map((s) => ({ source: bySource.get(s.sentenceId), text: s.correction })).sort((a, b) => String(a.source).localeCompare(String(b.source)))).toEqual(
      expected.sort((a, b) => String(a.source).localeCompare(String(b.source))),
    );

    const checks = await expectJson<ChecksView>(await editor.get(`/api/v1/articles/${second.id}/checks`), 200);
    const learned = checks.issues.filter((issue) => issue.learnedFix);
    expect(learned).toHaveLength(1);
    expect(learned[0]).toMatchObject({ suggestion: { replacement: "Khan" }, learnedFix: { from: "Kahn", to: "Khan", editors: 2 } });
    expect(learned[0].sentence.text.slice(learned[0].start, learned[0].end)).toBe("Kahn");

    const kahn = offered.sentences.find((s) => bySource.get(s.sentenceId)?.startsWith("Kahn also asked"));
    if (!kahn) throw new Error("no suggestion for the Kahn sentence");
    const detail = await expectJson<SentenceSuggestionsView>(await editor.get(`/api/v1/sentences/${kahn.sentenceId}/suggestions`), 200);
    expect(detail.exact).toMatchObject([{ kind: "exact", score: 100, correction: kahn.correction }]);
    const used = await expectJson<SentenceView>(await editor.patch(`/api/v1/sentences/${kahn.sentenceId}`, { data: { text: kahn.correction, version: 1, origin: "memory" } }), 200);
    expect(used.text).toBe(kahn.correction);
    expect((await revisionsOf(editor, kahn.sentenceId)).at(-1)).toMatchObject({ kind: "EDIT", note: "from memory", text: kahn.correction });

    const fix = (await expectJson<{ fixes: LearnedFixView[] }>(await editor.get("/api/v1/memory/fixes"), 200)).fixes.find((f) => f.from === "Kahn" && f.sourceLang === "ps");
    expect(fix).toMatchObject({ to: "Khan", active: true, promotedAt: null });
    await expectError(await editor.post(`/api/v1/memory/fixes/${fix?.id}/promote`), 403, "forbidden");
    const reviewer = await as("reviewer");
    expect(await expectJson<LearnedFixView>(await reviewer.post(`/api/v1/memory/fixes/${fix?.id}/promote`), 200)).toMatchObject({ promotedAt: expect.any(String) });
    const glossary = await expectJson<{ terms: { term: string; forbidden: string[] }[] }>(await reviewer.get("/api/v1/glossary"), 200);
    expect(glossary.terms.find((t) => t.term === "Khan")?.forbidden).toContain("Kahn");
    await expectError(await reviewer.post(`/api/v1/memory/fixes/${fix?.id}/promote`), 409, "conflict");
  });

  test("a fuzzy match one word away is offered with its score and MT diff; one below 75% is not", async ({ as }) => {
    const editor = await as("editor");
    const base = unique("Summit");
    const remembered = await importArticle(editor, `Title\n\nThe ${base} delegates met the foreign minister in Kabul on Friday.`, pair);
    await expectJson(await editSentence(editor, remembered.sentences[1].id, `The ${base} delegates met the foreign minister in Kabul on Friday morning.`, 1), 200);
    const near = await importArticle(editor, `Title\n\nThe ${base} delegates met the foreign minister in Herat on Friday.`, pair);
    const far = await importArticle(editor, `Title\n\nThe ${base} delegates saw a deputy minister in Herat yesterday.`, pair);

    const offered = await expectJson<SentenceSuggestionsView>(await editor.get(`/api/v1/sentences/${near.sentences[1].id}/suggestions`), 200);
    expect(offered.exact).toEqual([]);
    // 13 tokens (12 words and the full stop), one substituted: 100 × 12/13 = 92.3 → 92.
    expect(offered.fuzzy).toMatchObject([{ kind: "fuzzy", score: 92, correction: `The ${base} delegates met the foreign minister in Kabul on Friday morning.` }]);
    expect(offered.fuzzy[0].mtDiff.filter((p) => p.kind !== "equal")).toEqual([{ kind: "delete", value: "Kabul" }, { kind: "insert", value: "Herat" }]);
    expect((await expectJson<SentenceSuggestionsView>(await editor.get(`/api/v1/sentences/${far.sentences[1].id}/suggestions`), 200)).fuzzy).toEqual([]);

    const found = await expectJson<{ entries: { mtText: string }[]; total: number }>(await editor.get(`/api/v1/memory?q=${encodeURIComponent(base)}`), 200);
    expect(found.entries.map((e) => e.mtText)).toEqual([`The ${base} delegates met the foreign minister in Kabul on Friday.`]);
    await expectError(await editor.get(`/api/v1/memory?q=${"x".repeat(201)}`), 400, "bad_request");
    await expectError(await editor.get("/api/v1/sentences/999999999/suggestions"), 404, "not_found");
  });

  test("TMX export validates against the TMX 1.4b DTD and re-imports to the same pairs; an invalid file is a 422", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor, `Title\n\n${unique("Kahn")} said <yes> & "no".`, { sourceLang: "tg", targetLang: "en" });
    await expectJson(await editSentence(editor, article.sentences[1].id, article.sentences[1].sourceText.replace("said", "replied"), 1), 200);
    const response = await editor.get("/api/v1/memory/export?source=tg&target=en");
    expect(response.headers()["content-type"]).toContain("application/x-tmx+xml");
    const tmx = await response.text();
    expect(tmxDtdProblems(tmx)).toEqual([]);
    expect(tmxProblems(tmx)).toEqual([]);
    const exported = readTmx(tmx).pairs.map(({ sourceLang, targetLang, mt, correction }) => ({ sourceLang, targetLang, mt, correction }));
    expect(exported).toContainEqual({ sourceLang: "tg", targetLang: "en", mt: article.sentences[1].sourceText, correction: article.sentences[1].sourceText.replace("said", "replied") });

    const reviewer = await as("reviewer");
    const moved = tmx.replaceAll(`<prop type="x-redline-source-lang">tg</prop>`, `<prop type="x-redline-source-lang">ky</prop>`);
    await expectError(await editor.post("/api/v1/memory/import", { data: moved, headers: { "Content-Type": "application/xml" } }), 403, "forbidden");
    expect(await expectJson<TmxImportView>(await reviewer.post("/api/v1/memory/import", { data: moved, headers: { "Content-Type": "application/xml" } }), 201)).toMatchObject({ imported: exported.length, duplicates: 0 });
    const again = readTmx(await (await editor.get("/api/v1/memory/export?source=ky&target=en")).text()).pairs.map(({ mt, correction }) => ({ mt, correction }));
    expect(again).toEqual(exported.map(({ mt, correction }) => ({ mt, correction })));
    expect(await expectJson<TmxImportView>(await reviewer.post("/api/v1/memory/import", { data: moved, headers: { "Content-Type": "application/xml" } }), 201)).toMatchObject({ imported: 0, duplicates: exported.length });

    // Invalid against the DTD (a unit whose <prop> follows its <tuv>): refused whole, with what is wrong.
    const invalid = moved.replace(/(<tu [^>]*>)\s*(<prop [^>]*>[^<]*<\/prop>)\s*(<tuv[\s\S]*?<\/tuv>)/, "$1$3$2");
    expect(tmxDtdProblems(invalid)).not.toEqual([]);
    const refused = await expectError(await reviewer.post("/api/v1/memory/import", { data: invalid, headers: { "Content-Type": "application/xml" } }), 422, "unprocessable");
    expect(refused.error.message).toMatch(/not TMX 1\.4b.*<prop>.*before/);
    await expectError(await reviewer.post("/api/v1/memory/import", { data: "<tmx version='1.4'><body/></tmx>", headers: { "Content-Type": "application/xml" } }), 422, "unprocessable");
    await expectError(await reviewer.post("/api/v1/memory/import", { data: "not xml at all", headers: { "Content-Type": "text/plain" } }), 415, "unsupported_media_type");
  });

  test("an article records its MT engine from the import; a bad engine name changes nothing", async ({ as }) => {
    const editor = await as("editor");
    const article = await expectJson<ArticleView>(await editor.post("/api/v1/articles", { data: { text: "Hello there.", mtEngine: "deepl" } }), 201);
    expect(article.mtEngine).toBe("deepl");
    await expectError(await editor.post("/api/v1/articles", { data: { text: "Hello there.", mtEngine: "x".repeat(101) } }), 400, "bad_request");
  });
});

const visit = (sentenceId: number, id = unique("visit-0000")) => ({
  id,
  sentenceId,
  startedAt: "2026-11-27T10:00:00.000Z",
  endedAt: "2026-11-27T10:00:20.000Z",
  activeMs: 14_000,
  keys: { ...emptyKeyCounts(), letters: 4, erase: 4, navigation: 2 },
  pauses300: 3,
  pauses1000: 1,
  origin: null,
});

test.describe("effort", () => {
  test("visits are stored once per id and reported with hand-computed figures; editors see only their own", async ({ as }) => {
    const editor = await as("editor");
    const article = await expectJson<ArticleView>(await editor.post("/api/v1/articles", { data: { title: unique("Effort"), text: "Title\n\nImran Kahn said the talks would resume.", mtEngine: unique("engine") } }), 201);
    const sentence = article.sentences[1];
    const one = visit(sentence.id);
    expect(await expectJson<RecordVisitsView>(await editor.post("/api/v1/effort/visits", { data: { visits: [one] } }), 201)).toEqual({ stored: 1, duplicates: 0 });
    expect(await expectJson<RecordVisitsView>(await editor.post("/api/v1/effort/visits", { data: { visits: [one] } }), 201)).toEqual({ stored: 0, duplicates: 1 });

    const report = await expectJson<EffortReportView>(await editor.get(`/api/v1/effort?articleId=${article.id}&groupBy=editor`), 200);
    // 7 words, 39 characters, 14 s, 10 keystrokes: 2 s per word, 1800 words per hour, 0.256 keystrokes per character.
    expect(report.total).toMatchObject({ visits: 1, words: 7, characters: 39, activeMs: 14_000, secondsPerWord: 2, wordsPerHour: 1800, keystrokesPerChar: 0.256, pauses300: 3, pauses1000: 1 });
    expect(report.groups.map((g) => g.label)).toEqual(["Eddie Editor"]);

    const csv = await editor.get(`/api/v1/effort?articleId=${article.id}&format=csv`);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toMatch(/^article,visits,sentences,words,/);
    expect(lines[1]).toContain(",1,1,7,39,");

    await expectError(await editor.get(`/api/v1/effort?authorId=${await userId("reviewer")}`), 403, "forbidden");
    const all = await expectJson<EffortReportView>(await (await as("reviewer")).get(`/api/v1/effort?articleId=${article.id}`), 200);
    expect(all.total.visits).toBe(1);
    await expectError(await editor.get("/api/v1/effort?from=yesterday"), 400, "bad_request");
  });

  test("viewers record nothing; a batch with an unknown sentence or bad figures is refused and stores nothing", async ({ as }) => {
    const editor = await as("editor");
    const article = await importArticle(editor);
    const sentenceId = article.sentences[0].id;
    await expectError(await (await as("viewer")).post("/api/v1/effort/visits", { data: { visits: [visit(sentenceId)] } }), 403, "forbidden");
    await expectError(await editor.post("/api/v1/effort/visits", { data: { visits: [visit(sentenceId), visit(999_999_999)] } }), 404, "not_found");
    await expectError(await editor.post("/api/v1/effort/visits", { data: { visits: [{ ...visit(sentenceId), activeMs: 60_000 }] } }), 400, "bad_request");
    await expectError(await editor.post("/api/v1/effort/visits", { data: { visits: [{ ...visit(sentenceId), keys: { letters: "many" } }] } }), 400, "bad_request");
    await expectError(await editor.post("/api/v1/effort/visits", { data: { visits: Array.from({ length: 201 }, () => visit(sentenceId)) } }), 400, "bad_request");
    const report = await expectJson<EffortReportView>(await editor.get(`/api/v1/effort?articleId=${article.id}`), 200);
    expect(report.total.visits).toBe(0);
    expect(await expectJson<{ capture: boolean }>(await editor.get("/api/v1/effort/settings"), 200)).toMatchObject({ capture: true });
  });
});
