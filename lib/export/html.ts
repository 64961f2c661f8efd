// HTML: a clean standalone page, and the printable "redline" page with the MT → correction changes.

import type { ArticleModel, SentenceModel } from "@/lib/article";
import { type Redline, redlineOf } from "./redline";
import {
  type Block,
  escapeMarkup,
  groupBlocks,
  headingLevel,
  needsTitle,
  noteMarker,
  orderedSentences,
} from "./shared";

const baseCss = `body{font-family:Georgia,"Times New Roman",serif;line-height:1.55;max-width:42em;margin:2em auto;padding:0 1em;color:#111;background:#fff}
h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.25}
blockquote{margin:1em 0;padding-left:1em;border-left:3px solid #999;color:#333}
p.footnote{font-size:.9em}`;

const redlineCss = `del{color:#a40000;background:#fde8e8;text-decoration:line-through}
ins{color:#0a5c1f;background:#e3f6e8;text-decoration:underline}
sup.note a{color:#444;text-decoration:none;font-family:system-ui,sans-serif;font-size:.75em}
.legend,.meta,.notes{font-family:system-ui,sans-serif;font-size:.85em;color:#333}
.notes{border-top:1px solid #999;margin-top:2em;padding-top:.5em}
@media print{body{margin:0;max-width:none}del,ins{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit}}`;

/** Text made safe for HTML, line breaks inside a block kept as <br>. */
function htmlText(text: string): string {
  return escapeMarkup(text).replace(/\n/g, "<br>");
}

function langAttribute(lang: string): string {
  return lang.trim() === "" ? "" : ` lang="${escapeMarkup(lang.trim())}"`;
}

function page(article: ArticleModel, css: string, body: string): string {
  return `<!doctype html>
<html${langAttribute(article.targetLang)}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeMarkup(article.title)}</title>
<style>
${css}
</style>
</head>
<body>
${body}
</body>
</html>
`;
}

/**
 * Block elements: h1–h6 as headings, p as paragraphs, quote as a blockquote, consecutive li blocks as
 * one <ul>, a note as a paragraph of class "footnote" that opens with its marker. `inner` renders the
 * content of one block. The title is added as an <h1> unless the article opens with an h1 block.
 */
function renderBlocks(article: ArticleModel, blocks: Block[], inner: (block: Block) => string): string {
  const lines: string[] = [];
  if (needsTitle(blocks)) lines.push(`<h1 dir="auto">${escapeMarkup(article.title)}</h1>`);
  let inList = false;
  for (const block of blocks) {
    const content = inner(block);
    if (block.block === "li") {
      if (!inList) lines.push("<ul>");
      inList = true;
      lines.push(`<li dir="auto">${content}</li>`);
      continue;
    }
    if (inList) lines.push("</ul>");
    inList = false;
    const level = headingLevel(block.block);
    // Verbatim blocks: code and raw HTML from a Markdown original are shown as the text they are (escaped,
    // never run as markup), a thematic break as a rule.
    const verbatim = block.sentences.map((s) => escapeMarkup(s.text)).join("\n");
    if (block.block === "code" || block.block === "html") lines.push(`<pre><code>${verbatim}</code></pre>`);
    else if (block.block === "hr") lines.push("<hr>");
    else if (level !== null) lines.push(`<h${level} dir="auto">${content}</h${level}>`);
    else if (block.block === "quote") lines.push(`<blockquote dir="auto"><p>${content}</p></blockquote>`);
    else if (block.block === "footnote") lines.push(`<p class="footnote" dir="auto">${escapeMarkup(noteMarker(block.sentences[0]))}${content}</p>`);
    else lines.push(`<p dir="auto">${content}</p>`);
  }
  if (inList) lines.push("</ul>");
  return lines.join("\n");
}

/** Sentences of a block joined with the whitespace between them (the block's own trailing dropped). */
function joinBlock(block: Block, render: (sentence: SentenceModel) => string): string {
  return block.sentences
    .map((sentence, index) => {
      const last = index === block.sentences.length - 1;
      return render(sentence) + (last ? "" : htmlText(sentence.trailing));
    })
    .join("");
}

/** The corrected article as a clean standalone HTML page; all text escaped. */
export function toHtml(article: ArticleModel): string {
  const blocks = groupBlocks(orderedSentences(article));
  const body = renderBlocks(article, blocks, (block) => joinBlock(block, (s) => htmlText(s.text)));
  return page(article, baseCss, `<article>\n${body}\n</article>`);
}

/**
 * The printable redline: every change from the MT to the correction, deletions as <del> (red, struck
 * through) and insertions as <ins> (green, underlined), so colour is never the only signal. Each changed
 * sentence carries a numbered footnote with its number in article order, the author and the time of the change
 * (see `redlineOf`; pass the article's redline when it is already made).
 */
export function toRedlineHtml(article: ArticleModel, redline: Redline = redlineOf(article)): string {
  const bySentence = new Map(redline.blocks.flatMap((block) => block.sentences.map((s) => [s.sentence, s] as const)));
  const renderSentence = (sentence: SentenceModel): string => {
    const { parts, note } = bySentence.get(sentence) ?? { parts: [], note: null };
    const marked = parts
      .map((part) => {
        if (part.kind === "insert") return `<ins>${htmlText(part.value)}</ins>`;
        if (part.kind === "delete") return `<del>${htmlText(part.value)}</del>`;
        return htmlText(part.value);
      })
      .join("");
    if (note === null) return marked;
    return `${marked}<sup class="note"><a href="#note-${note}" id="ref-${note}">[${note}]</a></sup>`;
  };
  const notes = redline.notes.map(
    (note) =>
      `<li id="note-${note.number}">Sentence ${note.sentence}: ${escapeMarkup(note.author)}, ` +
      `<time datetime="${escapeMarkup(note.date)}">${escapeMarkup(note.time)}</time></li>`,
  );
  const body = renderBlocks(article, redline.blocks.map((block) => block.block), (block) => joinBlock(block, renderSentence));
  const legend =
    `<p class="legend">Machine translation (${escapeMarkup(article.sourceLang)} → ${escapeMarkup(article.targetLang)}) ` +
    `with the desk's corrections: <del>deleted text struck through</del>, <ins>inserted text underlined</ins>. ` +
    `${notes.length} of ${redline.sentenceCount} sentences changed.</p>`;
  const footnotes = notes.length > 0 ? `<section class="notes">\n<h2>Changes</h2>\n<ol>\n${notes.join("\n")}\n</ol>\n</section>` : "";
  return page(article, `${baseCss}\n${redlineCss}`, `${legend}\n<article>\n${body}\n</article>\n${footnotes}`);
}
