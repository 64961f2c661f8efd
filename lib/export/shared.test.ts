import { describe, expect, it } from "vitest";
import { changeAttribution, escapeMarkup, exportFilename, isRightToLeft, orderedSentences } from "./shared";
import { alice, bob, importer, sampleArticle } from "./test-fixtures";

describe("exportFilename", () => {
  it("slugs the title, ASCII only, bounded, never empty", () => {
    expect(exportFilename({ id: 1, title: "Russia and China advocate a pragmatic rapprochement" }, ".txt")).toBe(
      "russia-and-china-advocate-a-pragmatic-rapprochement.txt",
    );
    expect(exportFilename({ id: 1, title: "Élysée: « Ça va » — 2021/09/17!" }, ".md")).toBe("elysee-ca-va-2021-09-17.md");
    expect(exportFilename({ id: 42, title: "مرحبا 🎉" }, "-tracked.docx")).toBe("article-42-tracked.docx");
    expect(exportFilename({ id: 3, title: "" }, ".csv")).toBe("article-3.csv");
    const long = exportFilename({ id: 1, title: "word ".repeat(100) }, ".xlf");
    expect(long.length).toBeLessThanOrEqual(84);
    expect(long).toMatch(/^word(-word)*\.xlf$/);
    expect(exportFilename({ id: 1, title: "x".repeat(200) }, ".txt")).toBe(`${"x".repeat(80)}.txt`);
  });
});

describe("changeAttribution", () => {
  const article = sampleArticle();
  const [title, quoted, untouched, , confirmed] = orderedSentences(article);

  it("credits the revision that last brought the text to its current value", () => {
    expect(changeAttribution(article, title)).toEqual({ author: alice, date: "2021-09-17T09:15:30.250Z", kind: "EDIT" });
    // Alice edited, Bob confirmed: the change is Alice's.
    expect(changeAttribution(article, quoted).author).toEqual(alice);
  });

  it("credits the latest edit when the text went back and forth", () => {
    const sentence = structuredClone(title);
    const base = sentence.revisions[1];
    sentence.revisions.push(
      { ...base, id: 900, text: "other", author: bob, createdAt: "2021-09-17T10:00:00.000Z" },
      { ...base, id: 901, text: sentence.text, author: bob, createdAt: "2021-09-17T10:05:00.000Z", kind: "REVERT" },
    );
    expect(changeAttribution(article, sentence)).toMatchObject({ author: bob, date: "2021-09-17T10:05:00.000Z" });
  });

  it("falls back to a non-IMPORT revision with the text, then the latest revision, then the article", () => {
    expect(changeAttribution(article, confirmed)).toMatchObject({ author: alice, kind: "CONFIRM" });
    expect(changeAttribution(article, untouched)).toMatchObject({ author: importer, kind: "IMPORT" });
    expect(changeAttribution(article, { ...untouched, revisions: [] })).toEqual({ author: importer, date: article.updatedAt, kind: null });
  });
});

describe("helpers", () => {
  it("escapes markup and drops characters XML cannot hold", () => {
    expect(escapeMarkup(`<a href="x">'&'</a>\u0000\uD800`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    expect(escapeMarkup("👍🏽")).toBe("👍🏽");
  });

  it("finds right-to-left text by its first strong character", () => {
    expect(isRightToLeft("«مرحبا» world")).toBe(true);
    expect(isRightToLeft("1. שלום")).toBe(true);
    expect(isRightToLeft("Hello مرحبا")).toBe(false);
    expect(isRightToLeft("123")).toBe(false);
  });
});
