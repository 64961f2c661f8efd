import { describe, expect, it } from "vitest";
import { parseImport } from "@/lib/import";
import { toSentenceDrafts } from "@/lib/import/sentences";
import { exportArticle } from "./index";
import { sampleArticle } from "./test-fixtures";

// Exporting to XLIFF and importing the file again gives the same sentences: the corrected text comes
// back as the text to review, the original (or the MT when there is none) as its original.
describe.each(["xliff", "xliff12"] as const)("%s round trip", (format) => {
  it("re-imports the same sentences, in order, with their originals and languages", async () => {
    const article = sampleArticle();
    const file = await exportArticle(article, format);
    const doc = await parseImport({ filename: file.filename, bytes: new TextEncoder().encode(String(file.body)) });
    const drafts = toSentenceDrafts(doc, doc.targetLang ?? "en");
    const sorted = [...article.sentences].sort((a, b) => a.position - b.position);
    expect(drafts.map((d) => d.text)).toEqual(sorted.map((s) => s.text));
    expect(drafts.map((d) => d.originalText)).toEqual(sorted.map((s) => s.originalText ?? s.sourceText));
    expect([doc.sourceLang, doc.targetLang]).toEqual([article.sourceLang, article.targetLang]);
  });
});
