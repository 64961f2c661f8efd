import type { ImportedBlock, ImportedDocument } from "./types";

/** Line endings normalised to "\n" and a byte-order mark removed. */
export function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

// A run of whitespace that holds a blank line separates paragraphs.
const paragraphBreak = /\s*\n[ \t]*\n\s*/g;

function splitParagraphs(body: string): ImportedBlock[] {
  const blocks: ImportedBlock[] = [];
  let start = 0;
  for (const match of body.matchAll(paragraphBreak)) {
    const text = body.slice(start, match.index);
    if (text !== "") blocks.push({ block: "p", prefix: "", text, separator: match[0] });
    start = match.index + match[0].length;
  }
  const rest = body.slice(start);
  const tail = /\s*$/.exec(rest)?.[0] ?? "";
  if (rest.length > tail.length) blocks.push({ block: "p", prefix: "", text: rest.slice(0, rest.length - tail.length), separator: tail });
  else if (blocks.length > 0) blocks[blocks.length - 1].separator += tail;
  return blocks;
}

/**
 * Plain text: paragraphs are separated by blank lines. Unless the caller has a title, the first line is
 * the title and also the first block to review (a heading).
 */
export function parsePlainText(raw: string, options: { titleFromFirstLine: boolean }): ImportedDocument {
  const text = normaliseText(raw);
  const leading = /^\s*/.exec(text)?.[0] ?? "";
  const body = text.slice(leading.length);
  if (!options.titleFromFirstLine) return { title: null, leading, blocks: splitParagraphs(body) };

  const firstLine = /^[^\n]*/.exec(body)?.[0] ?? "";
  const title = firstLine.trimEnd();
  const afterTitle = body.slice(title.length);
  const separator = /^\s*/.exec(afterTitle)?.[0] ?? "";
  const heading: ImportedBlock = { block: "h1", prefix: "", text: title, separator };
  const rest = splitParagraphs(afterTitle.slice(separator.length));
  return { title: title || null, leading, blocks: title ? [heading, ...rest] : rest };
}
