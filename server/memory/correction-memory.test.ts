import { beforeAll, describe, expect, it } from "vitest";
import { parsePlainText } from "@/lib/import/text";
import { useThrowawayDatabase } from "@/tests/support/test-database";

useThrowawayDatabase();
const { db } = await import("@/server/db");
const { importDocument } = await import("@/server/articles/import-article");
const { updateSentence } = await import("@/server/sentences/update-sentence");
const { sentenceSuggestions, articleSuggestions } = await import("./suggestions");
const { listLearnedFixes } = await import("./learned-fix-list");
const { listChecks } = await import("@/server/quality/list-checks");
const { exportMemoryTmx, importMemoryTmx } = await import("./tmx-transfer");
const { memoryUpToDate } = await import("./pending-corrections");
const { mtHash } = await import("./memory-key");
const { splitSentence } = await import("@/server/sentences/split-sentence");

const editor = { id: 0, email: "e@test", name: "Eddie", role: "EDITOR" as const };
const other = { id: 0, email: "o@test", name: "Olga", role: "EDITOR" as const };
const text = "Title\n\nImran Kahn spoke in Dushanbe today. The summit ended late in the evening.";

async function importText(actor: typeof editor, body = text, sourceLang = "ps") {
  const articleId = await importDocument({ actor, doc: parsePlainText(body, { titleFromFirstLine: true }), sourceLang, targetLang: "en" });
  return db.sentence.findMany({ where: { articleId }, orderBy: { position: "asc" } });
}

beforeAll(async () => {
  for (const actor of [editor, other]) {
    actor.id = (await db.user.create({ data: { email: actor.email, name: actor.name, role: actor.role, passwordHash: "x" } })).id;
  }
});

describe("correction memory", () => {
  it("remembers a saved correction and offers it for the same MT in a new article, in one pair only", async () => {
    const [, kahn] = await importText(editor);
    await updateSentence({ actor: editor, sentenceId: kahn.id, text: "Imran Khan spoke in Dushanbe today.", version: 1 });
    await memoryUpToDate(); // the memory is written a moment after the save
    const entry = await db.memoryEntry.findUniqueOrThrow({ where: { sentenceId: kahn.id } });
    expect(entry).toMatchObject({ sourceLang: "ps", targetLang: "en", mtText: kahn.sourceText, correction: "Imran Khan spoke in Dushanbe today.", edits: 1, refWords: 6 });

    const [, again] = await importText(editor);
    const offered = await sentenceSuggestions(again.id);
    expect(offered.exact).toMatchObject([{ kind: "exact", score: 100, correction: "Imran Khan spoke in Dushanbe today.", uses: 1 }]);
    expect((await articleSuggestions(again.articleId)).sentences).toEqual([{ sentenceId: again.id, correction: "Imran Khan spoke in Dushanbe today.", uses: 1, entryId: entry.id }]);
    // The sentence the correction came from is not offered its own text.
    expect((await sentenceSuggestions(kahn.id)).exact).toEqual([]);

    const [, elsewhere] = await importText(editor, text, "fr");
    expect((await sentenceSuggestions(elsewhere.id)).exact).toEqual([]);
  });

  it("stores each sentence's memory key when it is written, and fills in keys missing from older rows on first lookup", async () => {
    const [, kahn, summit] = await importText(editor, "Title\n\nImran  Kahn spoke in Dushanbe today. The summit ended late in the evening.");
    // Normalised: the double space counts as one, so the key is that of the MT remembered above.
    expect(kahn.mtHash).toBe(mtHash("Imran Kahn spoke in Dushanbe today."));
    expect(summit.mtHash).toBe(mtHash(summit.sourceText));
    const split = await splitSentence({ actor: editor, sentenceId: summit.id, offset: "The summit ended".length, version: 1 });
    for (const part of split.sentences) expect((await db.sentence.findUniqueOrThrow({ where: { id: part.id } })).mtHash).toBe(mtHash(part.sourceText));

    // A row written before the column existed: found all the same, and its key stored.
    await db.sentence.update({ where: { id: kahn.id }, data: { mtHash: null } });
    expect((await articleSuggestions(kahn.articleId)).sentences).toMatchObject([{ sentenceId: kahn.id, correction: "Imran Khan spoke in Dushanbe today." }]);
    expect((await db.sentence.findUniqueOrThrow({ where: { id: kahn.id } })).mtHash).toBe(mtHash(kahn.sourceText));
    await db.sentence.update({ where: { id: kahn.id }, data: { mtHash: null } });
    expect((await sentenceSuggestions(kahn.id)).exact).toMatchObject([{ correction: "Imran Khan spoke in Dushanbe today." }]);
    expect((await db.sentence.findUniqueOrThrow({ where: { id: kahn.id } })).mtHash).toBe(mtHash(kahn.sourceText));
  });

  it("offers a fuzzy match one word away with its score and the MT diff, and nothing below 75", async () => {
    const [, near] = await importText(editor, "Title\n\nImran Kahn spoke in Tashkent today.");
    const offered = await sentenceSuggestions(near.id);
    expect(offered.exact).toEqual([]);
    expect(offered.fuzzy).toHaveLength(1);
    // 7 tokens, one substituted: 100 × (1 − 1/7) = 85.7 → 85.
    expect(offered.fuzzy[0]).toMatchObject({ kind: "fuzzy", score: 85, correction: "Imran Khan spoke in Dushanbe today." });
    expect(offered.fuzzy[0].mtDiff).toEqual([
      { kind: "equal", value: "Imran Kahn spoke in " },
      { kind: "delete", value: "Dushanbe" },
      { kind: "insert", value: "Tashkent" },
      { kind: "equal", value: " today." },
    ]);
    const [, far] = await importText(editor, "Title\n\nImran Kahn wrote from Tashkent yesterday.");
    expect((await sentenceSuggestions(far.id)).fuzzy).toEqual([]);
  });

  it("follows the sentence's latest text and forgets a correction undone", async () => {
    const [, kahn] = await importText(editor, "Title\n\nThe Kahn plan failed.");
    await updateSentence({ actor: editor, sentenceId: kahn.id, text: "The Khan plan failed.", version: 1 });
    await updateSentence({ actor: editor, sentenceId: kahn.id, text: "The Khan plan failed badly.", version: 2 });
    await memoryUpToDate(); // the memory is written a moment after the save
    expect((await db.memoryEntry.findMany({ where: { sentenceId: kahn.id } })).map((e) => e.correction)).toEqual(["The Khan plan failed badly."]);
    await updateSentence({ actor: editor, sentenceId: kahn.id, text: "The Kahn plan failed.", version: 3 });
    await memoryUpToDate(); // the memory is written a moment after the save
    expect(await db.memoryEntry.count({ where: { sentenceId: kahn.id } })).toBe(0);
    expect(await db.fixOccurrence.count({ where: { sentenceId: kahn.id } })).toBe(0);
  });

  it("learns a substitution made by two editors and proposes it as a QA fix on a new article", async () => {
    const key = { sourceLang: "ps", targetLang: "en", fromText: "Kahn", toText: "Khan" };
    // So far one editor (Eddie) in one article made Kahn → Khan (the plan sentence was undone).
    await memoryUpToDate(); // the memory is written a moment after the save
    expect(await db.learnedFix.findUniqueOrThrow({ where: { sourceLang_targetLang_fromText_toText: key } })).toMatchObject({ articles: 1, editors: 1 });
    const fresh = await importText(editor, "Title\n\nKahn left Kabul at noon.");
    expect((await listChecks(fresh[0].articleId)).issues.filter((i) => i.learnedFix)).toEqual([]);

    const [, theirs] = await importText(other, "Title\n\nKahn answered questions.");
    await updateSentence({ actor: other, sentenceId: theirs.id, text: "Khan answered questions.", version: 1 });
    await memoryUpToDate(); // the memory is written a moment after the save
    expect(await db.learnedFix.findUniqueOrThrow({ where: { sourceLang_targetLang_fromText_toText: key } })).toMatchObject({ articles: 2, editors: 2 });
    const issues = (await listChecks(fresh[0].articleId)).issues.filter((i) => i.learnedFix);
    expect(issues).toMatchObject([{ check: "learned-fix", start: 0, end: 4, suggestion: { replacement: "Khan" }, learnedFix: { from: "Kahn", to: "Khan", editors: 2 } }]);
    expect((await listLearnedFixes()).find((f) => f.from === "Kahn" && f.sourceLang === "ps")).toMatchObject({ active: true, editors: 2 });
  });

  it("exports the memory as TMX and imports it back to the same pairs without duplicates", async () => {
    const tmx = await exportMemoryTmx({ source: "ps", target: "en" });
    await memoryUpToDate(); // the memory is written a moment after the save
    const pairs = await db.memoryEntry.findMany({ where: { sourceLang: "ps", targetLang: "en" }, select: { mtText: true, correction: true } });
    expect(pairs.length).toBeGreaterThan(0);
    expect(await importMemoryTmx(tmx, {})).toMatchObject({ imported: 0, duplicates: pairs.length });
    const renamed = tmx.replaceAll(`<prop type="x-redline-source-lang">ps</prop>`, `<prop type="x-redline-source-lang">uz</prop>`);
    expect(await importMemoryTmx(renamed, {})).toMatchObject({ imported: pairs.length, duplicates: 0 });
    const copied = await db.memoryEntry.findMany({ where: { sourceLang: "uz" }, select: { mtText: true, correction: true, origin: true } });
    expect(copied.map(({ mtText, correction }) => ({ mtText, correction })).sort((a, b) => a.mtText.localeCompare(b.mtText))).toEqual(
      pairs.sort((a, b) => a.mtText.localeCompare(b.mtText)),
    );
    expect(new Set(copied.map((c) => c.origin))).toEqual(new Set(["TMX"]));
  });
});
