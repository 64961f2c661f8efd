"use client";

// Annotated spans drawn over a text, and the DOM selection → text offsets mapping for new annotations.
import type { AnnotationTarget } from "@/lib/mqm";
import type { AnnotationView } from "@/lib/api-types";

export function annotationLabel(a: Pick<AnnotationView, "severity" | "category" | "comment">): string {
  return `${a.severity} ${a.category}${a.comment ? `: ${a.comment}` : ""}`;
}

/** The text with every annotated span underlined; overlapping spans share a mark whose title names all of them. */
export function MarkedText({ text, annotations, testId }: { text: string; annotations: AnnotationView[]; testId: string }) {
  const cuts = new Set([0, text.length]);
  for (const a of annotations) {
    cuts.add(Math.min(a.start, text.length));
    cuts.add(Math.min(a.end, text.length));
  }
  const points = [...cuts].sort((x, y) => x - y);
  const pieces = points.slice(0, -1).map((from, i) => {
    const to = points[i + 1];
    return { from, to, covering: annotations.filter((a) => a.start < to && a.end > from) };
  });
  return (
    <p dir="auto" className="font-serif" data-testid={testId}>
      {pieces.map(({ from, to, covering }) =>
        covering.length === 0 ? (
          <span key={from}>{text.slice(from, to)}</span>
        ) : (
          <mark
            key={from}
            title={covering.map(annotationLabel).join("; ")}
            className={`bg-transparent underline decoration-2 underline-offset-2 ${covering.some((a) => a.severity === "Major" || a.severity === "Critical") ? "decoration-red-600" : "decoration-amber-500"}`}
          >
            {text.slice(from, to)}
          </mark>
        ),
      )}
    </p>
  );
}

export interface SelectedSpan {
  target: AnnotationTarget;
  start: number;
  end: number;
}

/** Characters before (node, offset) inside `root`, skipping text inside elements matched by `skip` (a diff's <del>). */
function offsetWithin(root: Element, node: Node, offset: number, skip: string | null): number {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const skipped = (n: Node) => skip !== null && !!n.parentElement?.closest(skip);
  // A point between elements: count everything before the child it points at.
  const boundary = node.nodeType === Node.TEXT_NODE ? null : (node.childNodes[offset] ?? null);
  let total = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (current === node) return total + (skipped(current) ? 0 : offset);
    if (boundary && (boundary === current || boundary.contains(current) || boundary.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING)) return total;
    if (!skipped(current)) total += current.textContent?.length ?? 0;
  }
  return total;
}

function visibleText(root: Element, skip: string | null): string {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let text = "";
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (skip === null || !n.parentElement?.closest(skip)) text += n.textContent ?? "";
  return text;
}

/** Shrinks a span so it neither starts nor ends with whitespace; null when nothing is left. */
export function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return start < end ? { start, end } : null;
}

/**
 * The current selection as a span of the MT text (selected in `source`) or of the correction (selected in
 * the diff, whose deleted words are not part of it); null when it is empty or not inside one of them.
 */
export function selectedSpan(row: Element, texts: Record<AnnotationTarget, string>): SelectedSpan | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const areas: { target: AnnotationTarget; testId: string; skip: string | null }[] = [
    { target: "source", testId: "source", skip: null },
    { target: "text", testId: "diff", skip: "del, .sr-only" },
  ];
  for (const area of areas) {
    const element = row.querySelector(`[data-testid="${area.testId}"]`);
    if (!element || !element.contains(range.startContainer) || !element.contains(range.endContainer)) continue;
    // The diff shows the draft: only a saved correction can be annotated.
    if (visibleText(element, area.skip) !== texts[area.target]) return null;
    const start = offsetWithin(element, range.startContainer, range.startOffset, area.skip);
    const end = offsetWithin(element, range.endContainer, range.endOffset, area.skip);
    const span = trimmed(texts[area.target], start, Math.min(end, texts[area.target].length));
    return span && { target: area.target, ...span };
  }
  return null;
}
