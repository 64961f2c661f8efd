import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exportArticle } from "./index";
import { articleFromPlainText, arabicFixed, hostileImg, hostileScript, sampleArticle } from "./test-fixtures";
import { toMarkdown, toPlainText } from "./text";

const demo = readFileSync(path.resolve(import.meta.dirname, "../../prisma/demo/sco-taliban-mt.txt"), "utf8");

describe("txt export", () => {
  it("gives back the demo article exactly when nothing was edited", async () => {
    const article = articleFromPlainText(demo);
    expect(article.sentences.length).toBeGreaterThan(5);
    const file = await exportArticle(article, "txt");
    expect(file.body).toBe(demo.replace(/\r\n?/g, "\n").replace(/^\uFEFF/, ""));
    expect(file.contentType).toBe("text/plain; charset=utf-8");
    expect(file.filename).toMatch(/^russia-and-china-advocate-[a-z0-9-]*\.txt$/);
  });

  it("keeps leading whitespace and odd spacing", () => {
    const raw = "\n  Title line  \n\n\nFirst.  Second!\nSame paragraph.\n\n\nLast one? \n";
    expect(toPlainText(articleFromPlainText(raw))).toBe(raw);
  });

  it("writes the corrected text in article order", () => {
    const text = toPlainText(sampleArticle());
    expect(text).toBe(
      "Russia and China advocate a pragmatic rapprochement with the Taliban\n\n" +
        "“The new Afghan authorities must be encouraged to keep their promises,” Putin said. " +
        `He said "it's 5 < 6 & 7 > 3" and ${hostileScript} ${hostileImg}.\n\n` +
        `${arabicFixed}\n` +
        "Good news 🎉 for the region 👍🏽.\n\n" +
        "Afghanistan must never again become a haven for terrorism.",
    );
  });
});

describe("md export", () => {
  it("restores Markdown prefixes and makes markers from block types", () => {
    const md = toMarkdown(sampleArticle());
    expect(md).toBe(
      "# Russia and China advocate a pragmatic rapprochement with the Taliban\n\n" +
        "“The new Afghan authorities must be encouraged to keep their promises,” Putin said. " +
        `He said "it's 5 < 6 & 7 > 3" and ${hostileScript} ${hostileImg}.\n\n` +
        `- ${arabicFixed}\n` +
        "- Good news 🎉 for the region 👍🏽.\n\n" +
        "> Afghanistan must never again become a haven for terrorism.",
    );
  });

  it("adds the title as a heading when the article does not open with one", async () => {
    const article = sampleArticle();
    article.sentences = article.sentences.filter((s) => s.block !== "h1");
    article.title = "A title";
    const file = await exportArticle(article, "md");
    expect(String(file.body).startsWith("# A title\n\n“The new")).toBe(true);
    expect(file.filename).toBe("a-title.md");
  });

  it("keeps a synthesized marker from running into the next block", () => {
    const article = sampleArticle();
    for (const s of article.sentences) {
      s.prefix = "";
      s.trailing = s.trailing === "" ? "" : " ";
    }
    const md = toMarkdown(article);
    expect(md).toContain("# Russia and China advocate a pragmatic rapprochement with the Taliban\n\n“The new");
    expect(md).toContain(`- ${arabicFixed}\n- Good news`);
    expect(md).toContain("👍🏽.\n\n> Afghanistan");
  });
});
