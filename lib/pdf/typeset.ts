// Lays paragraphs of styled text out on A4 pages: greedy line breaking at spaces, in PDF's standard
// fonts (widths from ./metrics). Pure: the pages it returns are drawn by ./write.ts.

import { type StandardFont, standardWidths } from "./metrics";
import { charactersPerStep, finish, type Steps } from "./steps";
import { winAnsiCode } from "./winansi";

export type Rgb = readonly [number, number, number];

export interface Style {
  font: StandardFont;
  size: number;
  color?: Rgb;
  background?: Rgb;
  strike?: boolean;
  underline?: boolean;
  /** A box drawn round the text (deleted punctuation, which a strike alone hides). */
  box?: boolean;
  /** Raised by this many points (superscripts). */
  rise?: number;
}

export interface Span {
  text: string;
  style: Style;
  /** A link to the paragraph whose `anchor` is this name. */
  link?: string;
}

export interface Paragraph {
  spans: Span[];
  lineHeight: number;
  spaceBefore: number;
  spaceAfter: number;
  indent?: number;
  /** Drawn before the first line, right-aligned in the indent (a bullet, a number). */
  marker?: Span;
  /** Name a link can point to. */
  anchor?: string;
  /** A bookmark in the PDF's outline (headings): its level (1 = top) and title. */
  outline?: { level: number; title: string };
  /** Moves to the next page with the first line of the next paragraph (headings). */
  keepWithNext?: boolean;
  /** Lines break only at line breaks (and where a line is too long for the page). */
  preformatted?: boolean;
  /** A grey bar left of the lines (quotations). */
  bar?: boolean;
  /** A horizontal rule instead of text. */
  rule?: boolean;
}

/** One run of text of one style on a line, at `x` from the page's left edge. */
export interface Run {
  x: number;
  width: number;
  text: string;
  style: Style;
  link?: string;
}

export interface PlacedLine {
  /** The baseline's distance from the page's bottom edge. */
  baseline: number;
  top: number;
  bottom: number;
  runs: Run[];
  bar?: { x: number };
  rule?: { x: number; width: number };
}

export interface Page {
  lines: PlacedLine[];
}

export interface Anchor {
  page: number;
  top: number;
}

export interface OutlineEntry extends Anchor {
  level: number;
  title: string;
}

export interface Layout {
  pages: Page[];
  anchors: Map<string, Anchor>;
  /** The bookmarks, in document order. */
  outline: OutlineEntry[];
}

export const pageSize = { width: 595.28, height: 841.89 } as const;
const margin = { top: 51, bottom: 51, left: 45.35, right: 45.35 } as const;
const contentWidth = pageSize.width - margin.left - margin.right;
const barGap = 8;

/** Width in points of text in a font and size (characters outside WinAnsi count as nothing: callers check first). */
export function textWidth(text: string, font: StandardFont, size: number): number {
  const widths = standardWidths[font];
  let total = 0;
  for (let i = 0; i < text.length; i++) {
    const code = winAnsiCode(text.charCodeAt(i));
    if (code >= 32) total += widths[code - 32];
  }
  return (total * size) / 1000;
}

/** A slice of one span's text on one line. */
interface Segment {
  span: Span;
  start: number;
  end: number;
}

interface Line {
  segments: Segment[];
  height: number;
}

/**
 * Breaks a paragraph into lines no wider than `maxWidth`: at the last space that fits (runs of spaces
 * collapse to one, as in HTML), at line breaks, and anywhere in a word wider than a line. One pass over
 * the characters; a line holds slices of the spans, not copies.
 */
function breakLines(paragraph: Paragraph, maxWidth: number): Line[] {
  const preformatted = paragraph.preformatted === true;
  const lines: Line[] = [];
  const endLine = (segments: Segment[]) => {
    const kept = segments.filter((segment) => segment.end > segment.start);
    const last = kept[kept.length - 1];
    if (!preformatted && last && last.span.text.charCodeAt(last.end - 1) === 32) last.end--;
    lines.push({ segments: kept, height: paragraph.lineHeight });
  };
  let segments: Segment[] = [];
  let width = 0;
  let hasContent = false;
  let afterSpace = true;
  // The line's last space: where it can break, and the line's width before and after that space.
  let breakAt: { segment: number; at: number; after: number } | null = null;

  for (const span of paragraph.spans) {
    const { text } = span;
    const widths = standardWidths[span.style.font];
    const scale = span.style.size / 1000;
    let segment: Segment = { span, start: 0, end: 0 };
    segments.push(segment);
    const restart = (start: number) => {
      segment = { span, start, end: start };
      segments.push(segment);
    };
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit === 10 || unit === 13) {
        if (unit === 13 && text.charCodeAt(i + 1) === 10) i++;
        endLine(segments);
        segments = [];
        width = 0;
        hasContent = false;
        afterSpace = true;
        breakAt = null;
        restart(i + 1);
        continue;
      }
      const space = unit === 32 && !preformatted;
      if (space && afterSpace) {
        restart(i + 1);
        continue;
      }
      const code = winAnsiCode(unit);
      const advance = code >= 32 ? widths[code - 32] * scale : 0;
      if (space) {
        breakAt = { segment: segments.length - 1, at: i, after: width + advance };
        afterSpace = true;
      } else {
        afterSpace = false;
        if (width + advance > maxWidth && hasContent) {
          if (breakAt) {
            const cut = segments[breakAt.segment];
            const rest: Segment = { span: cut.span, start: breakAt.at + 1, end: cut.end };
            const tail = [rest, ...segments.slice(breakAt.segment + 1)];
            endLine([...segments.slice(0, breakAt.segment), { ...cut, end: breakAt.at }]);
            if (cut === segment) segment = rest;
            segments = tail;
            width -= breakAt.after;
            hasContent = tail.some((s) => s.end > s.start);
            breakAt = null;
          } else {
            endLine(segments);
            segments = [];
            width = 0;
            restart(i);
          }
        }
        hasContent = true;
      }
      width += advance;
      segment.end = i + 1;
    }
  }
  if (segments.some((s) => s.end > s.start) || lines.length === 0) endLine(segments);
  return lines;
}

function runsOf(segments: Segment[], x: number): Run[] {
  const runs: Run[] = [];
  for (const { span, start, end } of segments) {
    const text = span.text.slice(start, end);
    const last = runs[runs.length - 1];
    if (last && last.style === span.style && last.link === span.link) last.text += text;
    else runs.push({ x, width: 0, text, style: span.style, link: span.link });
  }
  for (const run of runs) {
    run.x = x;
    run.width = textWidth(run.text, run.style.font, run.style.size);
    x += run.width;
  }
  return runs;
}

/** Places the paragraphs on as many A4 pages as they need. */
export function typeset(paragraphs: Paragraph[]): Layout {
  return finish(typesetSteps(paragraphs));
}

/** `typeset` in steps: yields after each `charactersPerStep` characters broken into lines. */
export function* typesetSteps(paragraphs: Paragraph[]): Steps<Layout> {
  const pages: Page[] = [{ lines: [] }];
  const anchors = new Map<string, Anchor>();
  const outline: OutlineEntry[] = [];
  let y = pageSize.height - margin.top;
  const newPage = () => {
    pages.push({ lines: [] });
    y = pageSize.height - margin.top;
  };
  const atTop = () => pages[pages.length - 1].lines.length === 0;
  const broken: { paragraph: Paragraph; indent: number; lines: Line[] }[] = [];
  let sinceYield = 0;
  for (const paragraph of paragraphs) {
    const indent = (paragraph.indent ?? 0) + (paragraph.bar ? barGap : 0);
    broken.push({ paragraph, indent, lines: paragraph.rule ? [{ segments: [], height: paragraph.lineHeight }] : breakLines(paragraph, contentWidth - indent) });
    for (const span of paragraph.spans) sinceYield += span.text.length;
    if (sinceYield > charactersPerStep) {
      sinceYield = 0;
      yield;
    }
  }
  broken.forEach(({ paragraph, indent, lines }, index) => {
    if (!atTop()) y -= paragraph.spaceBefore;
    const next = broken[index + 1];
    const needed = paragraph.keepWithNext ? lines.reduce((sum, line) => sum + line.height, 0) + (next ? next.paragraph.spaceBefore + next.lines[0].height : 0) : lines[0].height;
    if (y - needed < margin.bottom && !atTop()) newPage();
    if (paragraph.anchor) anchors.set(paragraph.anchor, { page: pages.length - 1, top: y });
    if (paragraph.outline) outline.push({ ...paragraph.outline, page: pages.length - 1, top: y });
    lines.forEach((line, lineIndex) => {
      if (y - line.height < margin.bottom && !atTop()) newPage();
      const top = y;
      const bottom = y - line.height;
      const size = Math.max(...line.segments.map((segment) => segment.span.style.size), paragraph.marker?.style.size ?? 0, 1);
      const baseline = bottom + (line.height - size) / 2 + size * 0.22;
      const left = margin.left + indent;
      const runs = runsOf(line.segments, left);
      if (lineIndex === 0 && paragraph.marker) {
        const { style, text } = paragraph.marker;
        const width = textWidth(text, style.font, style.size);
        runs.unshift({ x: left - width - style.size * 0.4, width, text, style });
      }
      const placed: PlacedLine = { baseline, top, bottom, runs };
      if (paragraph.bar) placed.bar = { x: margin.left + (paragraph.indent ?? 0) };
      if (paragraph.rule) placed.rule = { x: margin.left, width: contentWidth };
      pages[pages.length - 1].lines.push(placed);
      y = bottom;
    });
    y -= paragraph.spaceAfter;
  });
  return { pages, anchors, outline };
}
