import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import type { ArticleModel } from "@/lib/article";
import { isWinAnsi } from "@/lib/pdf/winansi";
import { isPdf, pdfText } from "@/tests/support/pdf";
import { toRedlinePdf } from "./pdf";
import { arabicFixed, hostileScript, sampleArticle } from "./test-fixtures";

/** The sample article without its Arabic and emoji sentences, with a title that needs escaping in a PDF. */
function latinArticle(): ArticleModel {
  const article = sampleArticle();
  return {
    ...article,
    title: "Kabul (draft) \\ 5 € “quoted”",
    sentences: article.sentences.filter((s) => isWinAnsi(s.text) && isWinAnsi(s.sourceText)),
  };
}

/** pdfinfo's verdict: its output, and what it complained about (nothing for a well-formed file). */
function pdfInfo(pdf: Uint8Array): { out: string; errors: string } | null {
  if (spawnSync("pdfinfo", ["-v"]).error) return null;
  const file = path.join(mkdtempSync(path.join(tmpdir(), "redline-pdf-")), "t.pdf");
  writeFileSync(file, pdf);
  const run = spawnSync("pdfinfo", [file], { encoding: "utf8" });
  return { out: run.stdout, errors: run.stderr + (run.status === 0 ? "" : `exit ${run.status}`) };
}

const deflate = (bytes: Uint8Array) => deflateSync(bytes);

describe("toRedlinePdf", () => {
  it("leaves articles with text outside the standard fonts to Chromium (null)", () => {
    expect(toRedlinePdf(sampleArticle())).toBeNull();
    const article = latinArticle();
    expect(toRedlinePdf({ ...article, title: arabicFixed })).toBeNull();
    expect(toRedlinePdf({ ...article, sentences: article.sentences.map((s, i) => (i === 0 ? { ...s, text: "北京" } : s)) })).toBeNull();
    expect(toRedlinePdf(article)).not.toBeNull();
  });

  it("writes a well-formed A4 PDF whose text is the redline: title, legend, both sides of each change, the notes", () => {
    const pdf = toRedlinePdf(latinArticle(), deflate)!;
    expect(isPdf(pdf)).toBe(true);
    const info = pdfInfo(pdf);
    if (info) {
      expect(info.errors).toBe("");
      expect(info.out).toMatch(/Title:\s+Kabul \(draft\) \\ 5 € “quoted”/);
      expect(info.out).toMatch(/Page size:\s+595.28 x 841.89 pts \(A4\)/);
    }
    const text = pdfText(pdf);
    if (text === null) return;
    const words = text.replace(/\s+/g, " ");
    // A deletion right before an insertion reads as one word in extracted text ("pleadadvocate").
    expect(words).toContain("Russia and China pleadadvocate for a pragmatic rapprochement with the Taliban [1]");
    expect(words).toContain("“The new Afghan authorities must be encouraged to keep their promises,” Putin said.");
    expect(words).toContain(`He said "it's 5 < 6 & 7 > 3" and ${hostileScript}`);
    expect(words).toContain("never again bebecome a haven for terrorism.[3]");
    expect(words).toContain("Machine translation from fr into en");
    expect(words).toContain("3 of 4 sentences changed.");
    expect(words).toMatch(/Changes 1\. Sentence 1: Alice Martin, 2021-09-17 09:15 UTC 2\. Sentence 2: Alice Martin, 2021-09-17 09:20 UTC 3\. Sentence 4: Bob O'Brien, 2021-09-17 12:00 UTC/);
    expect(words).toMatch(/1 ?\/ ?1 $/);
  });

  it("links each note mark to its note, on the note's page", () => {
    const sentences = Array.from({ length: 400 }, (_, i) => {
      const mt = `The committee met on day ${i} of the session.`;
      return { ...latinArticle().sentences[1], id: i + 1, position: i, paragraph: i, block: "p" as const, sourceText: mt, text: i % 50 === 0 ? mt.replace("met", "gathered") : mt };
    });
    const bytes = toRedlinePdf({ ...latinArticle(), sentences })!;
    const pdf = new TextDecoder("latin1").decode(bytes);
    const links = [...pdf.matchAll(/\/Subtype \/Link \/Rect \[[\d. ]+\] \/Border \[0 0 0\] \/Dest \[(\d+) 0 R \/XYZ 0 [\d.]+ null\]/g)];
    expect(links).toHaveLength(8);
    const pages = [...pdf.matchAll(/(\d+) 0 obj\n<< \/Type \/Page /g)].map((m) => m[1]);
    expect(pages.length).toBeGreaterThan(2);
    links.forEach((link, i) => {
      const page = pages.indexOf(link[1]) + 1;
      expect(page).toBeGreaterThan(1);
      const text = pdfText(bytes, page);
      if (text !== null) expect(text).toContain(`${i + 1}. Sentence ${i * 50 + 1}:`);
    });
  });

  it("draws a box round deleted punctuation, which a strike-through alone would hide", () => {
    const article = latinArticle();
    const withEdit = (sourceText: string, text: string) => {
      const sentences = [{ ...article.sentences[1], sourceText, text }];
      return new TextDecoder("latin1").decode(toRedlinePdf({ ...article, sentences })!);
    };
    const strokedBoxes = (pdf: string) => pdf.match(/ re S/g)?.length ?? 0;
    expect(strokedBoxes(withEdit("during his speech. by videoconference", "during his speech by videoconference"))).toBe(1);
    expect(strokedBoxes(withEdit("Imran Kahn spoke.", "Imran Khan spoke."))).toBe(0);
  });

  it("has a bookmark per heading, nested by level, each going to its heading, and one for the notes", () => {
    const article = latinArticle();
    const [title, ...rest] = [...article.sentences].sort((a, b) => a.position - b.position);
    const heading = (block: "h2" | "h3", text: string, position: number) => ({ ...rest[0], id: 900 + position, position, paragraph: 100 + position, block, sourceText: text, text });
    const sentences = [title, heading("h2", "Background", 10), ...rest.map((s, i) => ({ ...s, position: 11 + i })), heading("h3", "The  talks", 20), heading("h2", "Reactions", 30)];
    const bytes = toRedlinePdf({ ...article, sentences })!;
    expect(pdfInfo(bytes)?.errors ?? "").toBe("");
    const pdf = new TextDecoder("latin1").decode(bytes);
    const hex = (text: string) => text.match(/.{4}/g)!.map((unit) => String.fromCharCode(parseInt(unit, 16))).join("");
    const items = [...pdf.matchAll(/(\d+) 0 obj\n<< \/Title <FEFF([0-9a-f]*)> \/Parent (\d+) 0 R/g)].map((m) => ({ id: m[1], title: hex(m[2]), parent: m[3] }));
    const root = /(\d+) 0 obj\n<< \/Type \/Outlines \/First \d+ 0 R \/Last \d+ 0 R \/Count 5 >>/.exec(pdf)?.[1];
    expect(root).toBeDefined();
    expect(pdf).toContain(`/Outlines ${root} 0 R /PageMode /UseOutlines`);
    const byTitle = new Map(items.map((item) => [item.title, item]));
    // Titles read as the corrected text, spaces collapsed.
    expect(items.map((item) => item.title)).toEqual([title.text, "Background", "The talks", "Reactions", "Changes"]);
    expect(byTitle.get(title.text)?.parent).toBe(root);
    expect(byTitle.get("Background")?.parent).toBe(byTitle.get(title.text)?.id);
    expect(byTitle.get("The talks")?.parent).toBe(byTitle.get("Background")?.id);
    expect(byTitle.get("Reactions")?.parent).toBe(byTitle.get(title.text)?.id);
    expect(byTitle.get("Changes")?.parent).toBe(root);
  });

  it("is the same file for the same article (nothing depends on the time of the export)", () => {
    expect(toRedlinePdf(latinArticle(), deflate)).toEqual(toRedlinePdf(latinArticle(), deflate));
  });
});
