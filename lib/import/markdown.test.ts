import { describe, expect, it } from "vitest";
import { fixtureText } from "./fixtures";
import { parseMarkdown, withQuoteMarkers } from "./markdown";
import { joinDrafts, toSentenceDrafts } from "./sentences";
import { normaliseText } from "./text";
import type { ImportedDocument } from "./types";

/** The file from its blocks; a quote's marker goes back after each line break inside it (see quoteLineMarker). */
function rebuild(doc: ImportedDocument): string {
  return doc.leading + doc.blocks.map((block) => block.prefix + withQuoteMarkers(block.block, block.prefix, block.text) + block.separator).join("");
}

describe("Markdown import", () => {
  const raw = fixtureText("article.md");
  const doc = parseMarkdown(raw);

  it("gives the file back from its blocks", () => {
    expect(rebuild(doc)).toBe(normaliseText(raw));
  });

  it("keeps the markers out of the text to review", () => {
    expect(doc.title).toBe("Russia and China advocate a pragmatic rapprochement with the Taliban");
    expect(doc.blocks.map((block) => [block.block, block.prefix])).toEqual([
      ["h1", "# "],
      ["p", ""],
      ["p", ""],
      ["h2", "## "],
      ["p", ""],
      ["quote", "> "],
      ["p", ""],
      ["li", "- "],
      ["li", "- "],
      ["li", "* "],
      ["li", "1. "],
      ["li", "2. "],
      ["hr", ""],
      ["p", ""],
    ]);
    expect(doc.blocks[12]).toMatchObject({ text: "---", separator: "\n\n" });
    expect(doc.blocks[4].text).toMatch(/^The leaders of the \*\*Shanghai Cooperation Organization\*\* on Friday/);
    expect(doc.blocks[4].text).toContain("Taliban\nto promote");
    expect(doc.blocks[11].text).toMatch(/^\[Encourage Afghanistan\]\(https:\/\/example.org\/sco\) to build/);
  });

  it("round-trips through sentences with the prefixes", () => {
    const drafts = toSentenceDrafts(doc, "en");
    expect(drafts.map((draft) => draft.prefix + withQuoteMarkers(draft.block, draft.prefix, draft.text) + draft.trailing).join("")).toBe(normaliseText(raw));
    expect(joinDrafts(doc.leading, drafts)).toBe(doc.blocks.map((block) => block.text + block.separator).join(""));
  });

  it("reads setext headings, front matter and markup-only lines", () => {
    const cases = [
      "Headline\n========\n\nBody text.\n\nSub\n---\nMore.\n",
      "---\ntitle: \"From front matter\"\nauthor: x\n---\n\n# Heading\n\nText.\n",
      "\n\n> First quote line.\n>\n> Second paragraph of the quote.\n\n***\n\nEnd.\n\n---\n",
      "Windows\r\nlines\r\n\r\n- item one\r\n  continued\r\n- item two",
      "## Closing hashes ##\n\n  1) indented item\n",
    ];
    for (const text of cases) expect(rebuild(parseMarkdown(text))).toBe(normaliseText(text));

    const setext = parseMarkdown(cases[0]);
    expect(setext.blocks.map((b) => [b.block, b.text])).toEqual([
      ["h1", "Headline"],
      ["p", "Body text."],
      ["h2", "Sub"],
      ["p", "More."],
    ]);
    expect(setext.title).toBe("Headline");
    expect(parseMarkdown(cases[1]).title).toBe("From front matter");
    expect(parseMarkdown(cases[2]).blocks.map((b) => [b.block, b.text])).toEqual([
      ["quote", "First quote line."],
      ["quote", "Second paragraph of the quote."],
      ["hr", "***"],
      ["p", "End."],
      ["hr", "---"],
    ]);
    expect(parseMarkdown(cases[3]).blocks.map((b) => b.text)).toEqual(["Windows\nlines", "item one\n  continued", "item two"]);
    expect(parseMarkdown(cases[4]).title).toBe("Closing hashes");
  });

  it("keeps the invariants on any mix of Markdown pieces", () => {
    const pieces = ["# ", "## ", "Text", " ", "\n", "\n\n", "- ", "* ", "1. ", "> ", ">", "---", "===", "\t", "word.", "#", "+ ", "***", "---\ntitle: x\n---\n", "\r\n", "    code", "\n---\n", "```", "~~~", "<div>", "<!-- c -->", "> a\n> b"];
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let run = 0; run < 5000; run++) {
      let text = "";
      for (let k = 1 + Math.floor(random() * 14); k > 0; k--) text += pieces[Math.floor(random() * pieces.length)];
      const doc = parseMarkdown(text);
      expect(rebuild(doc), JSON.stringify(text)).toBe(normaliseText(text));
      for (const block of doc.blocks) {
        expect(block.text !== "" && block.text === block.text.trim(), JSON.stringify(text)).toBe(true);
        expect(block.separator, JSON.stringify(text)).toMatch(/^\s*$/);
      }
    }
    expect(parseMarkdown("    Indented paragraph.").blocks[0]).toMatchObject({ prefix: "    ", text: "Indented paragraph." });
  });

  it("keeps fenced code, HTML blocks and thematic breaks whole, as verbatim blocks", () => {
    const text = "Intro.\n\n```js\nconst a = 1. // not. A sentence.\n\nstill code\n```\n\n<div class=\"box\">\n<b>Raw</b> HTML.\n</div>\n\n***\n\n~~~\nunclosed fence";
    const parsed = parseMarkdown(text);
    expect(rebuild(parsed)).toBe(text);
    expect(parsed.blocks.map((b) => [b.block, b.text])).toEqual([
      ["p", "Intro."],
      ["code", "```js\nconst a = 1. // not. A sentence.\n\nstill code\n```"],
      ["html", '<div class="box">\n<b>Raw</b> HTML.\n</div>'],
      ["hr", "***"],
      ["code", "~~~\nunclosed fence"],
    ]);
    // Not split into sentences: one draft per verbatim block.
    expect(toSentenceDrafts(parsed, "en").map((d) => d.block)).toEqual(["p", "code", "html", "hr", "code"]);
  });

  it("joins a blockquote wrapped over several lines into one block", () => {
    const parsed = parseMarkdown("> The Taliban control almost all\n> the territory, he said. They\n> added more.\n\n> > Nested\n> > quote.\n");
    expect(parsed.blocks.map((b) => [b.block, b.prefix, b.text])).toEqual([
      ["quote", "> ", "The Taliban control almost all\nthe territory, he said. They\nadded more."],
      ["quote", "> > ", "Nested\nquote."],
    ]);
    expect(toSentenceDrafts(parsed, "en").map((d) => d.text)).toEqual(["The Taliban control almost all\nthe territory, he said.", "They\nadded more.", "Nested\nquote."]);
  });

  it("takes the first line as title when there is no heading", () => {
    expect(parseMarkdown("Plain first line\nsecond line\n\nBody.").title).toBe("Plain first line");
  });
});
