// Writes a typeset layout (./typeset.ts) as a PDF 1.7 file: standard fonts in WinAnsiEncoding (not
// embedded), one content stream per page, link annotations for internal links, a page number at the foot
// of each page. Pure: the caller passes the compression (zlib's deflate on the server).

import { concatBytes } from "@/lib/bytes";
import type { StandardFont } from "./metrics";
import { charactersPerStep, finish, type Steps } from "./steps";
import { type Layout, type OutlineEntry, pageSize, type Rgb, type Run, textWidth } from "./typeset";
import { winAnsiCode } from "./winansi";

export interface PdfInfo {
  title: string;
  /** BCP 47 language of the text ("en"), or "" when unknown. */
  lang: string;
}

/** Compresses a stream (FlateDecode); without one, streams are written as they are. */
export type Deflate = (bytes: Uint8Array) => Uint8Array;

const fonts: StandardFont[] = ["Times-Roman", "Helvetica", "Helvetica-Bold", "Courier"];
const fontName = (font: StandardFont) => `F${fonts.indexOf(font) + 1}`;
const footStyle = { font: "Helvetica", size: 8, color: [0.4, 0.4, 0.4] } as const;

const number = (value: number) => (Math.round(value * 100) / 100).toString();
const rgb = (color: Rgb | undefined) => (color ?? [0, 0, 0]).map(number).join(" ");

const escaped = /[()\\]/g;
const beyondLatin1 = /[\u0100-\uffff]/g;

/** A PDF literal string of the text's WinAnsi bytes (as char codes 0–255; other characters dropped). */
function literal(text: string): string {
  const bytes = text.replace(beyondLatin1, (char) => {
    const code = winAnsiCode(char.charCodeAt(0));
    return code < 0 ? "" : String.fromCharCode(code);
  });
  return `(${bytes.replace(escaped, "\\$&")})`;
}

/** A PDF text string in UTF-16BE (any characters), for the document information. */
function unicodeString(text: string): string {
  let hex = "<FEFF";
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, "0");
  return `${hex}>`;
}

/** Backgrounds, then the text of one line in one BT block (font and colour set when they change), then strike and underline rules. */
function drawLine(runs: readonly Run[], baseline: number, ops: string[]): void {
  for (const { style, x, width } of runs) {
    const box = `${number(x)} ${number(baseline - style.size * 0.25)} ${number(width)} ${number(style.size * 1.15)} re`;
    if (style.background) ops.push(`${rgb(style.background)} rg ${box} f`);
    if (style.box) ops.push(`${rgb(style.color)} RG ${number(style.size / 18)} w ${box} S`);
  }
  let font = "";
  let color = "";
  let at = [0, 0];
  ops.push("BT");
  for (const { style, x, text } of runs) {
    const size = `/${fontName(style.font)} ${number(style.size)} Tf`;
    if (size !== font) ops.push((font = size));
    const fill = `${rgb(style.color)} rg`;
    if (fill !== color) ops.push((color = fill));
    const y = baseline + (style.rise ?? 0);
    ops.push(`${number(x - at[0])} ${number(y - at[1])} Td ${literal(text)} Tj`);
    at = [x, y];
  }
  ops.push("ET");
  for (const { style, x, width } of runs) {
    const y = baseline + (style.rise ?? 0);
    const rule = (offset: number) => `${rgb(style.color)} RG ${number(style.size / 18)} w ${number(x)} ${number(y + offset)} m ${number(x + width)} ${number(y + offset)} l S`;
    if (style.strike) ops.push(rule(style.size * 0.28));
    if (style.underline) ops.push(rule(-style.size * 0.12));
  }
}

function pageContent(layout: Layout, index: number): string {
  const ops: string[] = [];
  for (const line of layout.pages[index].lines) {
    if (line.bar) ops.push(`0.6 0.6 0.6 RG 2.25 w ${number(line.bar.x + 1.1)} ${number(line.top)} m ${number(line.bar.x + 1.1)} ${number(line.bottom)} l S`);
    if (line.rule) ops.push(`0.6 0.6 0.6 RG 0.75 w ${number(line.rule.x)} ${number((line.top + line.bottom) / 2)} m ${number(line.rule.x + line.rule.width)} ${number((line.top + line.bottom) / 2)} l S`);
    if (line.runs.length > 0) drawLine(line.runs, line.baseline, ops);
  }
  const foot = `${index + 1} / ${layout.pages.length}`;
  const x = (pageSize.width - textWidth(foot, footStyle.font, footStyle.size)) / 2;
  drawLine([{ x, width: 0, text: foot, style: footStyle }], 28, ops);
  return ops.join("\n");
}

/**
 * The outline (bookmarks): each entry is a child of the nearest entry before it of a lower level, all
 * open; each goes to the top of its heading.
 */
function writeOutline(entries: OutlineEntry[], rootId: number, ids: number[], pageIds: number[], object: (id: number, body: string) => void): void {
  // Index -1 is the root. Linear in the entries: an article may have thousands of headings.
  const parents: number[] = [];
  const children = new Map<number, number[]>([[-1, []]]);
  const stack: number[] = [];
  entries.forEach((entry, i) => {
    while (stack.length > 0 && entries[stack[stack.length - 1]].level >= entry.level) stack.pop();
    const parent = stack.length > 0 ? stack[stack.length - 1] : -1;
    parents.push(parent);
    children.get(parent)?.push(i);
    children.set(i, []);
    stack.push(i);
  });
  const descendants = new Map<number, number>();
  for (let i = entries.length - 1; i >= 0; i--) descendants.set(parents[i], (descendants.get(parents[i]) ?? 0) + 1 + (descendants.get(i) ?? 0));
  const siblings = new Map<number, { prev?: number; next?: number }>();
  for (const kids of children.values()) kids.forEach((kid, at) => siblings.set(kid, { prev: kids[at - 1], next: kids[at + 1] }));
  const idOf = (i: number) => (i < 0 ? rootId : ids[i]);
  const family = (i: number) => {
    const kids = children.get(i) ?? [];
    return kids.length > 0 ? ` /First ${idOf(kids[0])} 0 R /Last ${idOf(kids[kids.length - 1])} 0 R /Count ${descendants.get(i) ?? 0}` : "";
  };
  object(rootId, `<< /Type /Outlines${family(-1)} >>`);
  entries.forEach((entry, i) => {
    const { prev, next } = siblings.get(i) ?? {};
    const links = `${prev === undefined ? "" : ` /Prev ${idOf(prev)} 0 R`}${next === undefined ? "" : ` /Next ${idOf(next)} 0 R`}`;
    object(ids[i], `<< /Title ${unicodeString(entry.title)} /Parent ${idOf(parents[i])} 0 R${links}${family(i)} /Dest [${pageIds[entry.page]} 0 R /XYZ 0 ${number(entry.top + 12)} null] >>`);
  });
}

function bytesOf(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** The layout as the bytes of a PDF file. */
export function writePdf(layout: Layout, info: PdfInfo, deflate?: Deflate): Uint8Array {
  return finish(writeSteps(layout, info, deflate));
}

/** `writePdf` in steps: yields after the pages holding each `charactersPerStep` characters of content. */
export function* writeSteps(layout: Layout, info: PdfInfo, deflate?: Deflate): Steps<Uint8Array> {
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (bytes: Uint8Array) => {
    chunks.push(bytes);
    length += bytes.length;
  };
  const object = (id: number, body: string, stream?: Uint8Array) => {
    offsets[id] = length;
    if (!stream) return push(bytesOf(`${id} 0 obj\n${body}\nendobj\n`));
    push(bytesOf(`${id} 0 obj\n${body.slice(0, -2)} /Length ${stream.length} >>\nstream\n`));
    push(stream);
    push(bytesOf("\nendstream\nendobj\n"));
  };
  push(bytesOf("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"));

  // Object numbers: 1 catalog, 2 page tree, 3 info, fonts, then per page: page, content, its links.
  const firstFont = 4;
  let next = firstFont + fonts.length;
  const outlineRoot = layout.outline.length > 0 ? next++ : 0;
  const outlineIds = layout.outline.map(() => next++);
  const pageIds = layout.pages.map(() => {
    const id = next;
    next += 2;
    return id;
  });
  const fontResources = fonts.map((font, i) => `/${fontName(font)} ${firstFont + i} 0 R`).join(" ");

  const outlines = outlineRoot ? ` /Outlines ${outlineRoot} 0 R${layout.outline.length >= 3 ? " /PageMode /UseOutlines" : ""}` : "";
  object(1, `<< /Type /Catalog /Pages 2 0 R${outlines}${info.lang ? ` /Lang ${unicodeString(info.lang)}` : ""} /ViewerPreferences << /DisplayDocTitle true >> >>`);
  if (outlineRoot) writeOutline(layout.outline, outlineRoot, outlineIds, pageIds, object);
  object(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pageIds.length} >>`);
  object(3, `<< /Title ${unicodeString(info.title)} /Producer (Redline) >>`);
  fonts.forEach((font, i) => object(firstFont + i, `<< /Type /Font /Subtype /Type1 /BaseFont /${font} /Encoding /WinAnsiEncoding >>`));

  let sinceYield = 0;
  for (const [index, page] of layout.pages.entries()) {
    const links: string[] = [];
    for (const line of page.lines) {
      for (const run of line.runs) {
        const target = run.link === undefined ? undefined : layout.anchors.get(run.link);
        if (!target) continue;
        const rect = [run.x, line.bottom, run.x + run.width, line.top].map(number).join(" ");
        links.push(`<< /Type /Annot /Subtype /Link /Rect [${rect}] /Border [0 0 0] /Dest [${pageIds[target.page]} 0 R /XYZ 0 ${number(target.top + 12)} null] >>`);
      }
    }
    const linkIds = links.map(() => next++);
    const content = bytesOf(pageContent(layout, index));
    const stream = deflate ? deflate(content) : content;
    object(
      pageIds[index],
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${number(pageSize.width)} ${number(pageSize.height)}] /Resources << /Font << ${fontResources} >> >> /Contents ${pageIds[index] + 1} 0 R${linkIds.length ? ` /Annots [${linkIds.map((id) => `${id} 0 R`).join(" ")}]` : ""} >>`,
    );
    object(pageIds[index] + 1, `<<${deflate ? " /Filter /FlateDecode" : ""} >>`, stream);
    links.forEach((link, i) => object(linkIds[i], link));
    sinceYield += content.length;
    if (sinceYield > charactersPerStep) {
      sinceYield = 0;
      yield;
    }
  }

  const xrefAt = length;
  let xref = `xref\n0 ${next}\n0000000000 65535 f \n`;
  for (let id = 1; id < next; id++) xref += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  push(bytesOf(`${xref}trailer\n<< /Size ${next} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xrefAt}\n%%EOF\n`));

  return concatBytes(chunks);
}
