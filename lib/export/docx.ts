// Word: a clean document, and one with the desk's corrections as tracked changes (w:ins / w:del).

import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { ArticleModel, SentenceModel } from "@/lib/article";
import { wordDiff } from "@/lib/diff/word-diff";
import {
  type Block,
  changeAttribution,
  displayName,
  groupBlocks,
  headingLevel,
  isRightToLeft,
  needsTitle,
  noteMarker,
  orderedSentences,
  stripInvalidXml,
  wordTime,
} from "./shared";

const headings = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

type RunKind = "equal" | "insert" | "delete";

/**
 * Runs for a piece of text: a line break inside a paragraph becomes a Word line break (<w:br/>), not a
 * literal newline (which Word shows as a space).
 */
function runs(text: string, rightToLeft: boolean): ParagraphChild[] {
  return stripInvalidXml(text)
    .split("\n")
    .map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, rightToLeft: rightToLeft || undefined }));
}

function paragraph(block: Block["block"], children: ParagraphChild[], rightToLeft: boolean): Paragraph {
  const level = headingLevel(block);
  return new Paragraph({
    children,
    heading: level !== null ? headings[level - 1] : undefined,
    bullet: block === "li" ? { level: 0 } : undefined,
    style: block === "quote" ? "Quote" : undefined,
    bidirectional: rightToLeft || undefined,
  });
}

function blockText(block: Block, text: (sentence: SentenceModel) => string): string {
  return block.sentences.map((s, i) => text(s) + (i < block.sentences.length - 1 ? s.trailing : "")).join("");
}

/** A block's text with a note's marker before it ("[1] A tachyon…"). */
function markedBlockText(block: Block, text: (sentence: SentenceModel) => string): string {
  return noteMarker(block.sentences[0]) + blockText(block, text);
}

/** docx's default styles have no Quote: an indented italic one, named as Word names its own. */
const quoteStyle = {
  id: "Quote",
  name: "Quote",
  basedOn: "Normal",
  next: "Normal",
  quickFormat: true,
  run: { italics: true },
  paragraph: { indent: { left: 720, right: 720 } },
};

async function pack(article: ArticleModel, paragraphs: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Redline",
    title: article.title,
    description: `Article ${article.id} (${article.sourceLang} → ${article.targetLang})`,
    styles: { paragraphStyles: [quoteStyle] },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function titleParagraph(article: ArticleModel, blocks: Block[]): Paragraph[] {
  if (!needsTitle(blocks)) return [];
  const rtl = isRightToLeft(article.title);
  return [new Paragraph({ children: runs(article.title, rtl), heading: HeadingLevel.TITLE, bidirectional: rtl || undefined })];
}

/**
 * The corrected article: the title as a Title paragraph (unless the article opens with an h1), one Word
 * paragraph per block: h1–h6 as Heading 1–6, li as bullets, quote in the Quote style, p and notes (after
 * their marker) as Normal.
 */
export async function toDocx(article: ArticleModel): Promise<Uint8Array> {
  const blocks = groupBlocks(orderedSentences(article));
  const paragraphs = blocks.map((block) => {
    const text = markedBlockText(block, (s) => s.text);
    const rtl = isRightToLeft(text);
    return paragraph(block.block, runs(text, rtl), rtl);
  });
  return pack(article, [...titleParagraph(article, blocks), ...paragraphs]);
}

/**
 * The MT with the corrections as Word tracked changes, so the desk can accept or reject them in Word or
 * LibreOffice: each sentence is `wordDiff(sourceText, text)`, unchanged words as plain runs, insertions
 * as w:ins and deletions as w:del. Every change in a sentence carries the author and date given by
 * `changeAttribution` (the revision that last brought the sentence to its current text). Accept all →
 * the corrected article; reject all → the MT. Track changes is left on for further edits.
 *
 * The body is written as WordprocessingML text directly (one string per run, linear in the article)
 * into a package the docx library built once (`trackedSkeleton`); only the body and the document
 * properties (title, dates) are the article's own.
 */
export async function toTrackedDocx(article: ArticleModel): Promise<Uint8Array> {
  const blocks = groupBlocks(orderedSentences(article));
  const { files, head, tail, numbering } = await trackedSkeleton();
  const body = trackedTitle(article, blocks) + trackedBody(article, blocks, numbering);
  // One zip with fflate: the body is most of the bytes.
  return zipSync({ ...files, "word/document.xml": strToU8(head + body + tail), "docProps/core.xml": strToU8(coreProperties(article, new Date())) }, { level: 6 });
}

interface Skeleton {
  /** The package's files but the document and its properties, which each export writes. */
  files: Record<string, Uint8Array>;
  /** word/document.xml before and after the body. */
  head: string;
  tail: string;
  /** The bullet numbering (w:numPr) the docx library gave its list, which list items reuse. */
  numbering: string;
}

let skeleton: Promise<Skeleton> | null = null;

/**
 * The tracked-changes package without its body, built by the docx library once per process (styles,
 * numbering, settings with track changes on) around one placeholder bullet paragraph: that took a
 * fifth of an export's time when built for every export.
 */
function trackedSkeleton(): Promise<Skeleton> {
  skeleton ??= buildSkeleton().catch((error: unknown) => {
    skeleton = null;
    throw error;
  });
  return skeleton;
}

async function buildSkeleton(): Promise<Skeleton> {
  const placeholder = new Paragraph({ children: [new TextRun({ text: bodyMarker })], bullet: { level: 0 } });
  const doc = new Document({ creator: "Redline", features: { trackRevisions: true }, styles: { paragraphStyles: [quoteStyle] }, sections: [{ children: [placeholder] }] });
  const files = unzipSync(new Uint8Array(await Packer.toArrayBuffer(doc)));
  const documentFile = files["word/document.xml"];
  if (!documentFile) throw new Error("docx: the package has no word/document.xml");
  const xml = strFromU8(documentFile);
  const marker = xml.lastIndexOf(bodyMarker);
  const start = xml.lastIndexOf("<w:p>", marker);
  const end = xml.indexOf("</w:p>", marker) + "</w:p>".length;
  if (marker < 0 || start < 0 || end < start) throw new Error("docx: the placeholder paragraph was not found");
  const numbering = /<w:numPr>.*?<\/w:numPr>/.exec(xml.slice(start, end))?.[0] ?? "";
  return { files, head: xml.slice(0, start), tail: xml.slice(end), numbering };
}

/** docProps/core.xml: what `pack` gives the docx library (title, creator, description) and the export's time. */
function coreProperties(article: ArticleModel, now: Date): string {
  const time = now.toISOString();
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(article.title)}</dc:title><dc:creator>Redline</dc:creator>` +
    `<dc:description>${escapeXml(`Article ${article.id} (${article.sourceLang} → ${article.targetLang})`)}</dc:description>` +
    `<cp:lastModifiedBy>Redline</cp:lastModifiedBy><cp:revision>1</cp:revision>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${time}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${time}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

/** The title as a Title paragraph, as `titleParagraph` gives the clean document. */
function trackedTitle(article: ArticleModel, blocks: Block[]): string {
  if (!needsTitle(blocks)) return "";
  const rtl = isRightToLeft(article.title);
  return `<w:p><w:pPr><w:pStyle w:val="Title"/>${rtl ? "<w:bidi/>" : ""}</w:pPr>${runXml(article.title, "equal", rtl)}</w:p>`;
}

const bodyMarker = "REDLINE-TRACKED-BODY-PLACEHOLDER";

function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"]/g, (char) => (char === "&" ? "&amp;" : char === "<" ? "&lt;" : char === ">" ? "&gt;" : "&quot;"));
}

/** w:r elements for a piece of text; a line break becomes <w:br/> (as `runs` does with the docx library). */
function runXml(text: string, kind: RunKind, rightToLeft: boolean): string {
  const properties = rightToLeft ? "<w:rPr><w:rtl/></w:rPr>" : "";
  const tag = kind === "delete" ? "w:delText" : "w:t";
  return text
    .split("\n")
    .map((line, index) => `<w:r>${properties}${index > 0 ? "<w:br/>" : ""}<${tag} xml:space="preserve">${escapeXml(line)}</${tag}></w:r>`)
    .join("");
}

function paragraphProperties(block: Block["block"], rightToLeft: boolean, numbering: string): string {
  const level = headingLevel(block);
  const style = level !== null ? `Heading${level}` : block === "li" ? "ListParagraph" : block === "quote" ? "Quote" : null;
  const inner = (style ? `<w:pStyle w:val="${style}"/>` : "") + (block === "li" ? numbering : "") + (rightToLeft ? "<w:bidi/>" : "");
  return inner ? `<w:pPr>${inner}</w:pPr>` : "";
}

function trackedBody(article: ArticleModel, blocks: Block[], numbering: string): string {
  let nextId = 1;
  const out: string[] = [];
  for (const block of blocks) {
    const rtl = isRightToLeft(blockText(block, (s) => s.text));
    out.push("<w:p>", paragraphProperties(block.block, rtl, numbering));
    const marker = noteMarker(block.sentences[0]);
    if (marker !== "") out.push(runXml(marker, "equal", rtl));
    block.sentences.forEach((sentence, index) => {
      let attributes = "";
      for (const part of wordDiff(sentence.sourceText, sentence.text, article.targetLang)) {
        const runs = runXml(part.value, part.kind, rtl);
        if (part.kind === "equal") out.push(runs);
        else {
          // Who and when, only for a sentence with changes (most are unchanged).
          if (!attributes) {
            const who = changeAttribution(article, sentence);
            attributes = `w:author="${escapeXml(displayName(who.author))}" w:date="${escapeXml(wordTime(who.date))}"`;
          }
          const tag = part.kind === "insert" ? "w:ins" : "w:del";
          out.push(`<${tag} w:id="${nextId++}" ${attributes}>${runs}</${tag}>`);
        }
      }
      if (index < block.sentences.length - 1 && sentence.trailing !== "") out.push(runXml(sentence.trailing, "equal", rtl));
    });
    out.push("</w:p>");
  }
  return out.join("");
}
