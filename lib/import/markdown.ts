import type { BlockType } from "@/lib/article";
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
 * - Blockquote lines ("> ", "> > ") become "quote", one block per line (their ">" markers would
 *   otherwise be inside the text).
 * - Other runs of non-blank lines are paragraphs; their inner "\n"s stay in the text.
 * - Lines that are markup only (a thematic break "---", a lone ">", a setext underline, YAML front matter
 *   at the top) have no text to review and are put in the prefix of the next block.
 * Inline markup (**bold**, _em_, [links](url), `code`) stays in the text: the reviewer sees it and an
 * export gives it back unchanged. Fenced code and HTML blocks are read as paragraphs.
 */

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const listItem = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(?=\S)/;
const quoteMarker = /^(?: {0,3}>[ \t]?)+/;
const thematicBreak = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const setextUnderline = /^ {0,3}(=+|-+)[ \t]*$/;
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
  return atxHeading.test(line) || listItem.test(line) || quoteMarker.test(line) || thematicBreak.test(line);
}

/** A heading or blockquote line: its block kind and its marker ("## ", "> "). */
function markedLine(line: string): { kind: BlockType; marker: string } | null {
  const heading = atxHeading.exec(line);
  if (heading) return { kind: `h${heading[1].length}` as BlockType, marker: heading[0] };
  const quote = quoteMarker.exec(line);
  return quote ? { kind: "quote", marker: quote[0] } : null;
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

  while (index < lines.length) {
    const line = lines[index];
    if (isBlank(line.text)) {
      addWhitespace(line.text + line.end);
      index += 1;
      continue;
    }
    if (thematicBreak.test(line.text)) {
      pending += line.text + line.end;
      index += 1;
      continue;
    }
    const marked = markedLine(line.text);
    if (marked) {
      const body = line.text.slice(marked.marker.length);
      if (body.trim() === "") pending += line.text + line.end;
      else push(marked.kind, marked.marker, body + line.end);
      index += 1;
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

  const firstHeading = blocks.find((block) => block.block.startsWith("h"));
  const firstLine = blocks[0]?.text.split("\n")[0].trim() ?? "";
  const headingText = firstHeading?.text.replace(/[ \t]+#+$/, "").trim();
  const title = frontMatterTitle(matter) ?? (headingText || firstLine || null);
  return { title, leading, blocks };
}
