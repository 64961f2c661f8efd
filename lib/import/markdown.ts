import { isReviewable, type BlockType } from "@/lib/article";
import { normaliseText } from "./text";
import type { ImportedBlock, ImportedDocument } from "./types";

/**
 * Markdown import, line by line, keeping every character: for the normalised input,
 * leading + Σ(prefix + text + separator) over the blocks gives the file back.
 *
 * - ATX headings ("## Title") become h1–h6 with the "## " in `prefix`. A closing "##" stays in the text.
 * - Setext headings (a one-line paragraph underlined with === or ---) become h1/h2; the underline line
 *   goes into the prefix of the next block (it is markup, not whitespace).
 * - List items ("- ", "* ", "+ ", "1. ", "1) ", indented or not) become "li", one block per item; indented
 *   lines that follow an item continue it (in its text, after a "\n").
 * - Blockquote lines ("> ", "> > ") become "quote"; consecutive lines with the same marker are one
 *   block (a quote wrapped over several lines), the markers of the lines after the first left out of the
 *   text: the Markdown export puts the first line's marker back after each line break.
 * - Other runs of non-blank lines are paragraphs; their inner "\n"s stay in the text.
 * - Verbatim blocks, kept whole and not reviewed: fenced code (``` or ~~~ up to the closing fence, or the
 *   end of the file) as "code", HTML blocks (a line that starts with an HTML tag or comment, up to a blank
 *   line) as "html", thematic breaks ("***", "---", "___") as "hr".
 * - Lines that are markup only (a lone ">", a setext underline, YAML front matter at the top) have no
 *   text to review and are put in the prefix of the next block.
 * Inline markup (**bold**, _em_, [links](url), `code`) stays in the text: the reviewer sees it and an
 * export gives it back unchanged.
 */

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const listItem = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;
const quoteMarker = /^(?: {0,3}>[ \t]?)+/;
const thematicBreak = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
const fenceOpen = /^ {0,3}(`{3,}|~{3,})/;
// CommonMark HTML block starts (kinds 1–2 and 6–7, simplified): a tag, closing tag or comment opens the line.
const htmlStart = /^ {0,3}<(?:!--|\/?[A-Za-z][A-Za-z0-9-]*(?:[\s/>]|$))/;
const frontMatter = /^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

interface Line {
  text: string;
  /** The "\n" after it, "" for the last line. */
  end: string;
}

function linesOf(body: string): Line[] {
  const parts = body.split("\n");
  return parts.map((text, index) => ({ text, end: index < parts.length - 1 ? "\n" : "" }));
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** Whether a line ends a paragraph and starts a block of its own. */
function startsBlock(line: string): boolean {
  return atxHeading.test(line) || listItem.test(line) || quoteMarker.test(line) || thematicBreak.test(line) || fenceOpen.test(line);
}

/** A heading or blockquote line: its block kind and its marker ("## ", "> "). */
function markedLine(line: string): { kind: BlockType; marker: string } | null {
  const heading = atxHeading.exec(line);
  if (heading) return { kind: `h${heading[1].length}` as BlockType, marker: heading[0] };
  const quote = quoteMarker.exec(line);
  return quote ? { kind: "quote", marker: quote[0] } : null;
}

/** The quote marker ("> ", "> > ") at the end of a quote block's prefix, "" when there is none. */
export function quoteLineMarker(prefix: string): string {
  return /(?:^|\n)((?: {0,3}>[ \t]?)+)[ \t]*$/.exec(prefix)?.[1] ?? "";
}

/** A quote's text with its marker put back after each line break, as in the Markdown file. */
export function withQuoteMarkers(block: BlockType, prefix: string, text: string): string {
  if (block !== "quote" || !text.includes("\n")) return text;
  const marker = quoteLineMarker(prefix);
  return marker === "" ? text : text.replace(/\n/g, `\n${marker}`);
}

function frontMatterTitle(matter: string): string | null {
  const match = /^title:[ \t]*(.+?)[ \t]*$/m.exec(matter);
  return match ? match[1].replace(/^(["'])(.*)\1$/, "$2") || null : null;
}

export function parseMarkdown(raw: string): ImportedDocument {
  const text = normaliseText(raw);
  if (text.trim() === "") return { title: null, leading: text, blocks: [] };
  const matter = frontMatter.exec(text)?.[0] ?? "";
  const leading = matter ? "" : (/^(?:[ \t]*\n)*/.exec(text)?.[0] ?? "");
  const lines = linesOf(text.slice(leading.length));

  const blocks: ImportedBlock[] = [];
  // Markup with no text yet, waiting for the next block's prefix.
  let pending = matter;
  let index = 0;
  if (matter) {
    // The front matter is the first lines; skip them.
    index = matter.split("\n").length - (matter.endsWith("\n") ? 1 : 0);
  }

  const push = (block: BlockType, marker: string, body: string) => {
    // Indentation before the text is markup too: it goes with the marker.
    const indent = /^[ \t]*/.exec(body)?.[0] ?? "";
    const content = body.trimEnd().slice(indent.length);
    blocks.push({ block, prefix: pending + marker + indent, text: content, separator: body.slice(indent.length + content.length) });
    pending = "";
  };
  // What follows the last block (or the pending markup) up to the next line with text.
  const addWhitespace = (space: string) => {
    if (pending !== "") pending += space;
    else if (blocks.length > 0) blocks[blocks.length - 1].separator += space;
  };

  // A verbatim block: its lines whole, the final line break as its separator.
  const pushVerbatim = (block: BlockType, from: number, to: number) => {
    const body = lines.slice(from, to).map((line) => line.text + line.end).join("");
    push(block, "", body);
  };

  while (index < lines.length) {
    const line = lines[index];
    if (isBlank(line.text)) {
      addWhitespace(line.text + line.end);
      index += 1;
      continue;
    }
    if (thematicBreak.test(line.text)) {
      pushVerbatim("hr", index, index + 1);
      index += 1;
      continue;
    }
    const fence = fenceOpen.exec(line.text);
    if (fence) {
      const closing = new RegExp(`^ {0,3}${fence[1][0] === "`" ? "`" : "~"}{${fence[1].length},}[ \\t]*$`);
      let end = index + 1;
      while (end < lines.length && !closing.test(lines[end].text)) end += 1;
      pushVerbatim("code", index, Math.min(end + 1, lines.length));
      index = end + 1;
      continue;
    }
    if (htmlStart.test(line.text)) {
      let end = index + 1;
      while (end < lines.length && !isBlank(lines[end].text)) end += 1;
      pushVerbatim("html", index, end);
      index = end;
      continue;
    }
    const marked = markedLine(line.text);
    if (marked) {
      let body = line.text.slice(marked.marker.length);
      if (body.trim() === "") {
        pending += line.text + line.end;
        index += 1;
        continue;
      }
      body += line.end;
      index += 1;
      // A quote wrapped over several lines: the next lines with the same marker continue it.
      while (marked.kind === "quote" && index < lines.length && quoteMarker.exec(lines[index].text)?.[0] === marked.marker && lines[index].text.slice(marked.marker.length).trim() !== "") {
        body += lines[index].text.slice(marked.marker.length) + lines[index].end;
        index += 1;
      }
      push(marked.kind, marked.marker, body);
      continue;
    }
    const item = listItem.exec(line.text);
    const kind: BlockType = item ? "li" : "p";
    const prefix = item ? item[0] : "";
    let body = line.text.slice(prefix.length) + line.end;
    index += 1;
    // Continuation lines: for a paragraph any line that does not start a block; for a list item, indented ones.
    while (index < lines.length && !isBlank(lines[index].text) && !startsBlock(lines[index].text)) {
      const next = lines[index];
      if (item && !/^[ \t]/.test(next.text)) break;
      if (!item && setextUnderline.test(next.text)) break;
      body += next.text + next.end;
      index += 1;
    }
    // A one-line paragraph underlined with === or --- is a heading; the underline waits for the next block.
    const underline = index < lines.length ? setextUnderline.exec(lines[index].text) : null;
    if (!item && underline && !body.trimEnd().includes("\n")) {
      push(underline[1].startsWith("=") ? "h1" : "h2", prefix, body);
      pending = lines[index].text + lines[index].end;
      // The "\n" after the heading line was its separator; the underline follows it.
      index += 1;
      continue;
    }
    push(kind, prefix, body);
  }
  if (pending !== "") {
    // Markup after the last text (a closing "---"): kept as a block so that nothing is lost.
    const content = pending.trimEnd();
    const start = /^\s*/.exec(content)?.[0] ?? "";
    blocks.push({ block: "p", prefix: start, text: content.slice(start.length), separator: pending.slice(content.length) });
  }

  const firstHeading = blocks.find((block) => /^h[1-6]$/.test(block.block));
  const firstLine = blocks.find((block) => isReviewable(block.block))?.text.split("\n")[0].trim() ?? "";
  const headingText = firstHeading?.text.replace(/[ \t]+#+$/, "").trim();
  const title = frontMatterTitle(matter) ?? (headingText || firstLine || null);
  return { title, leading, blocks };
}
