// Markdown import then Markdown export gives the file back: verbatim blocks, wrapped quotes, setext headings.
import { describe, expect, it } from "vitest";
import { fixtureText } from "@/lib/import/fixtures";
import { parseMarkdown } from "@/lib/import/markdown";
import { toHtml } from "./html";
import { articleFromDocument } from "./test-fixtures";
import { toMarkdown, toPlainText } from "./text";

const roundTrip = (text: string) => toMarkdown(articleFromDocument(parseMarkdown(text)));

describe("Markdown round trip", () => {
  it("gives the fixture article back unchanged", () => {
    const raw = fixtureText("article.md");
    expect(roundTrip(raw)).toBe(raw);
  });

  it("keeps setext headings as setext headings", () => {
    const text = "Headline\n========\n\nBody text.\n\nSub\n---\nMore.\n";
    expect(roundTrip(text)).toBe(text);
  });

  it("puts a wrapped quote's markers back on every line", () => {
    const text = "# Title\n\n> The Taliban control almost all\n> the territory, he said. They\n> added more.\n\n> > Nested\n> > quote.\n";
    expect(roundTrip(text)).toBe(text);
  });

  it("reproduces fenced code, raw HTML and thematic breaks verbatim", () => {
    const text = "# Title\n\n```js\nconst a = 1. // not. A sentence.\n```\n\n<div class=\"box\">\n<script>alert(1)</script>\n</div>\n\n***\n\nEnd.\n";
    const article = articleFromDocument(parseMarkdown(text));
    expect(toMarkdown(article)).toBe(text);
    expect(toPlainText(article)).toContain("```js\nconst a = 1. // not. A sentence.\n```");
    const html = toHtml(article);
    expect(html).toContain("<pre><code>```js\nconst a = 1. // not. A sentence.\n```</code></pre>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).not.toContain("<script>alert");
    expect(html).toContain("<hr>");
  });
});
