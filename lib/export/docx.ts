// Word: a clean document, and one with the desk's corrections as tracked changes (w:ins / w:del).

import {
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from "docx";
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

interface Revision {
  id: number;
  author: string;
  date: string;
}

type RunKind = "equal" | "insert" | "delete";

/**
 * Runs for a piece of text: a line break inside a paragraph becomes a Word line break (<w:br/>), not a
 * literal newline (which Word shows as a space).
 */
function runs(text: string, kind: RunKind, rightToLeft: boolean, revision?: () => Revision): ParagraphChild[] {
  return stripInvalidXml(text)
    .split("\n")
    .map((line, index) => {
      const options = { text: line, break: index > 0 ? 1 : undefined, rightToLeft: rightToLeft || undefined };
      if (kind === "equal" || !revision) return new TextRun(options);
      return kind === "insert"
        ? new InsertedTextRun({ ...options, ...revision() })
        : new DeletedTextRun({ ...options, ...revision() });
    });
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

async function pack(article: ArticleModel, paragraphs: Paragraph[], trackRevisions: boolean): Promise<Uint8Array> {
  const doc = new Document({
    creator: "Redline",
    title: article.title,
    description: `Article ${article.id} (${article.sourceLang} → ${article.targetLang})`,
    features: trackRevisions ? { trackRevisions: true } : undefined,
    styles: { paragraphStyles: [quoteStyle] },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

function titleParagraph(article: ArticleModel, blocks: Block[]): Paragraph[] {
  if (!needsTitle(blocks)) return [];
  const rtl = isRightToLeft(article.title);
  return [new Paragraph({ children: runs(article.title, "equal", rtl), heading: HeadingLevel.TITLE, bidirectional: rtl || undefined })];
}

/**
 * The corrected article: the title as a Title paragraph (unless the article opens with an h1), one Word
 * paragraph per block: h1–h6 as Heading 1–6, li as bullets, quote in the Quote style, p as Normal.
 */
export async function toDocx(article: ArticleModel): Promise<Uint8Array> {
  const blocks = groupBlocks(orderedSentences(article));
  const paragraphs = blocks.map((block) => {
    const text = blockText(block, (s) => s.text);
    const rtl = isRightToLeft(text);
    return paragraph(block.block, runs(text, "equal", rtl), rtl);
  });
  return pack(article, [...titleParagraph(article, blocks), ...paragraphs], false);
}

/**
 * The MT with the corrections as Word tracked changes, so the desk can accept or reject them in Word or
 * LibreOffice: each sentence is `wordDiff(sourceText, text)`, unchanged words as plain runs, insertions
 * as w:ins and deletions as w:del. Every change in a sentence carries the author and date given by
 * `changeAttribution` (the revision that last brought the sentence to its current text). Accept all →
 * the corrected article; reject all → the MT. Track changes is left on for further edits.
 */
export async function toTrackedDocx(article: ArticleModel): Promise<Uint8Array> {
  const blocks = groupBlocks(orderedSentences(article));
  let nextId = 1;
  const paragraphs = blocks.map((block) => {
    const rtl = isRightToLeft(blockText(block, (s) => s.text));
    const children: ParagraphChild[] = [];
    block.sentences.forEach((sentence, index) => {
      const who = changeAttribution(article, sentence);
      const author = displayName(who.author);
      const date = wordTime(who.date);
      const revision = (): Revision => ({ id: nextId++, author, date });
      for (const part of wordDiff(sentence.sourceText, sentence.text)) {
        children.push(...runs(part.value, part.kind, rtl, revision));
      }
      if (index < block.sentences.length - 1 && sentence.trailing !== "") {
        children.push(...runs(sentence.trailing, "equal", rtl));
      }
    });
    return paragraph(block.block, children, rtl);
  });
  return pack(article, [...titleParagraph(article, blocks), ...paragraphs], true);
}
