// A Word file with footnotes and endnotes, imported then exported: markers stay after their word, notes come
// last with their markers, and the Word export read back gives the same text.
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { parseDocx } from "@/lib/import/docx";
import { fixture } from "@/lib/import/fixtures";
import { toDocx, toTrackedDocx } from "./docx";
import { toHtml } from "./html";
import { articleFromDocument } from "./test-fixtures";
import { toMarkdown, toPlainText } from "./text";

const footnotesText = "Ouch[1].[2]\n\n[1] A tachyon walks into a bar.\n\n[2] Fin.";

describe("notes round trip", () => {
  it("writes plain text and Markdown with each note after its marker", async () => {
    const article = articleFromDocument(await parseDocx(fixture("mammoth-footnotes.docx")));
    expect(toPlainText(article)).toBe(footnotesText);
    expect(toMarkdown(article)).toBe(`# Untitled\n\n${footnotesText}`);
  });

  it("writes HTML notes as paragraphs of class footnote, marker first", async () => {
    const html = toHtml(articleFromDocument(await parseDocx(fixture("mammoth-endnotes.docx"))));
    expect(html).toContain('<p dir="auto">Ouch[1].[2]</p>');
    expect(html).toContain('<p class="footnote" dir="auto">[1] A tachyon walks into a bar.</p>\n<p class="footnote" dir="auto">[2] Fin.</p>');
  });

  it("gives the same text back when its Word export is imported again", async () => {
    const article = articleFromDocument(await parseDocx(fixture("mammoth-footnotes.docx")));
    const again = articleFromDocument(await parseDocx(await toDocx(article)));
    // The export adds the title as a Title paragraph, which comes back as the first block.
    expect(again.sentences[0]).toMatchObject({ block: "h1", text: "Untitled" });
    expect(toPlainText({ ...again, sentences: again.sentences.slice(1) })).toBe(footnotesText);
  });

  it("keeps the markers as unchanged runs in the tracked export", async () => {
    const article = articleFromDocument(await parseDocx(fixture("mammoth-footnotes.docx")));
    const zip = await JSZip.loadAsync(await toTrackedDocx(article));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    expect(xml).toContain('<w:t xml:space="preserve">[1] </w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">A tachyon walks into a bar.</w:t>');
    expect(xml).not.toContain("<w:ins");
  });
});
