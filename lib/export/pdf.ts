// The printable redline as a PDF typeset by Redline itself (lib/pdf), for articles whose text PDF's
// standard fonts can show (WinAnsi: English, French, German, Spanish and the other Western European
// languages). Other scripts need a shaping engine and system fonts: the server prints the redline HTML
// page with Chromium for those (server/articles/print-pdf.ts).

import type { ArticleModel } from "@/lib/article";
import { finish, type Steps } from "@/lib/pdf/steps";
import { type Paragraph, type Span, type Style, typesetSteps } from "@/lib/pdf/typeset";
import { type Deflate, writeSteps } from "@/lib/pdf/write";
import { isWinAnsi } from "@/lib/pdf/winansi";
import { type Redline, redlineOf, type RedlineSentence } from "./redline";
import { headingLevel, needsTitle, noteMarker, stripInvalidXml } from "./shared";

const body: Style = { font: "Times-Roman", size: 11 };
const sans: Style = { font: "Helvetica", size: 9, color: [0.2, 0.2, 0.2] };
const deleted = (base: Style): Style => ({ ...base, color: [0.64, 0, 0], background: [0.99, 0.91, 0.91], strike: true });
const inserted = (base: Style): Style => ({ ...base, color: [0.04, 0.36, 0.12], background: [0.89, 0.96, 0.91], underline: true });
const noteMark: Style = { font: "Helvetica", size: 7, color: [0.27, 0.27, 0.27], rise: 3.5 };
const code: Style = { font: "Courier", size: 9.5 };
const headingSizes = [20, 16, 13.5, 12, 11, 10] as const;

// Only punctuation and spaces: a deletion of these gets a box, or a struck-through "." would not be seen.
const punctuationOnly = /^[\p{P}\p{S}\s]+$/u;

type StyleOf = (base: Style, kind: "equal" | "insert" | "delete", text: string) => Style;

/**
 * The style of a diff part. The typesetter merges neighbouring text into one run when the style is the
 * same object, so one export hands out one object per block style and kind of change.
 */
function diffStyles(): StyleOf {
  const styles = new Map<string, Style>();
  return (base, kind, text) => {
    if (kind === "equal") return base;
    const boxed = kind === "delete" && punctuationOnly.test(text);
    const key = `${base.font}/${base.size}/${base.color ?? ""}/${kind}/${boxed}`;
    let style = styles.get(key);
    if (!style) {
      style = kind === "insert" ? inserted(base) : { ...deleted(base), box: boxed };
      styles.set(key, style);
    }
    return style;
  };
}

/** A heading, and its bookmark (`title`: the corrected text, without the deletions the spans show). */
function heading(level: number, spans: Span[], title: string): Paragraph {
  const size = headingSizes[level - 1];
  return {
    spans: spans.map((span) => (span.link ? span : { ...span, style: { ...span.style, font: "Helvetica-Bold", size } })),
    lineHeight: size * 1.25,
    spaceBefore: size * 0.6,
    spaceAfter: size * 0.4,
    keepWithNext: true,
    outline: { level, title: title.replace(/\s+/g, " ").trim() },
  };
}

function sentenceSpans(sentences: RedlineSentence[], base: Style, styleOf: StyleOf): Span[] {
  const spans: Span[] = [];
  sentences.forEach(({ sentence, parts, note }, index) => {
    for (const part of parts) spans.push({ text: part.value, style: styleOf(base, part.kind, part.value) });
    if (note !== null) spans.push({ text: `[${note}]`, style: noteMark, link: `note-${note}` });
    if (index < sentences.length - 1) spans.push({ text: sentence.trailing, style: base });
  });
  return spans;
}

/**
 * The redline PDF, or null when some of the article's text is outside what the standard fonts can show.
 * Same content as the redline HTML page: legend, the article with deletions struck through in red and
 * insertions underlined in green, a linked note mark on each changed sentence, and the notes at the end.
 */
export function toRedlinePdf(article: ArticleModel, deflate?: Deflate): Uint8Array | null {
  return finish(redlinePdfSteps(article, redlineOf(article), deflate));
}

/**
 * `toRedlinePdf` in steps (see lib/pdf/steps.ts), for a server that must keep answering meanwhile, from
 * the article's redline (`redlineOf`), which the HTML page can reuse when this gives null.
 */
export function* redlinePdfSteps(article: ArticleModel, redline: Redline, deflate?: Deflate): Steps<Uint8Array | null> {
  const styleOf = diffStyles();
  yield;
  const paragraphs: Paragraph[] = [];
  const text = (value: string, style: Style): Span => ({ text: value, style });
  const legendSpans = [
    text(`Machine translation from ${article.sourceLang} into ${article.targetLang} with the desk's corrections: `, sans),
    text("deleted text struck through", deleted(sans)),
    text(", ", sans),
    text("inserted text underlined", inserted(sans)),
    text(`. ${redline.notes.length} of ${redline.sentenceCount} sentences changed.`, sans),
  ];
  paragraphs.push({ spans: legendSpans, lineHeight: 13, spaceBefore: 0, spaceAfter: 12 });
  if (needsTitle(redline.blocks.map((b) => b.block))) paragraphs.push(heading(1, [text(article.title, body)], article.title));

  for (const { block, sentences } of redline.blocks) {
    const level = headingLevel(block.block);
    if (block.block === "hr") {
      paragraphs.push({ spans: [], lineHeight: 14, spaceBefore: 4, spaceAfter: 4, rule: true });
    } else if (block.block === "code" || block.block === "html") {
      const verbatim = block.sentences.map((s) => s.text).join("\n");
      paragraphs.push({ spans: [text(verbatim, code)], lineHeight: 12, spaceBefore: 2, spaceAfter: 10, preformatted: true });
    } else if (level !== null) {
      paragraphs.push(heading(level, sentenceSpans(sentences, body, styleOf), block.sentences.map((s) => s.text).join(" ")));
    } else if (block.block === "li") {
      paragraphs.push({ spans: sentenceSpans(sentences, body, styleOf), lineHeight: 16, spaceBefore: 0, spaceAfter: 4, indent: 18, marker: text("•", body) });
    } else if (block.block === "quote") {
      paragraphs.push({ spans: sentenceSpans(sentences, { ...body, color: [0.2, 0.2, 0.2] }, styleOf), lineHeight: 16, spaceBefore: 2, spaceAfter: 10, bar: true });
    } else if (block.block === "footnote") {
      const small: Style = { ...body, size: 10 };
      paragraphs.push({ spans: [text(noteMarker(block.sentences[0]), small), ...sentenceSpans(sentences, small, styleOf)], lineHeight: 14, spaceBefore: 0, spaceAfter: 8 });
    } else {
      paragraphs.push({ spans: sentenceSpans(sentences, body, styleOf), lineHeight: 16, spaceBefore: 0, spaceAfter: 9 });
    }
  }

  if (redline.notes.length > 0) {
    paragraphs.push({ spans: [], lineHeight: 14, spaceBefore: 10, spaceAfter: 0, rule: true });
    paragraphs.push({ ...heading(2, [text("Changes", body)], "Changes"), outline: { level: 1, title: "Changes" } });
    for (const note of redline.notes) {
      paragraphs.push({
        spans: [text(`Sentence ${note.sentence}: ${note.author}, ${note.time}`, sans)],
        lineHeight: 12.5,
        spaceBefore: 0,
        spaceAfter: 1.5,
        indent: 26,
        marker: text(`${note.number}.`, sans),
        anchor: `note-${note.number}`,
      });
    }
  }

  for (const paragraph of paragraphs) {
    for (const span of paragraph.spans) span.text = stripInvalidXml(span.text).replace(/\t/g, paragraph.preformatted ? "    " : " ");
  }
  const shown = [article.title, ...paragraphs.flatMap((p) => [...p.spans.map((s) => s.text), p.marker?.text ?? ""])];
  if (!shown.every(isWinAnsi)) return null;
  yield;
  const layout = yield* typesetSteps(paragraphs);
  return yield* writeSteps(layout, { title: article.title, lang: article.targetLang === "und" ? "" : article.targetLang }, deflate);
}
