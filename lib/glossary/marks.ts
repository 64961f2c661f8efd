// The glossary marks under each MT sentence of the workspace: preferred terms, and forbidden variants
// that are not inside a preferred term of the same entry, in text order. The server finds them once per
// page with the glossary's matcher (fast whatever the glossary's size) and sends only those, with the
// few entries that occur in the article; the browser matches a sentence made later (a split or a
// merge) against those few entries alone. Pure: no Next, no Prisma.

import { findPhrase } from "../qa/issues";
import type { GlossaryMatcher, PhraseHit } from "./matcher";

export interface GlossaryMark {
  start: number;
  end: number;
  /** The matched text as written in the sentence. */
  value: string;
  /** The preferred term of the entry. */
  term: string;
  /** A forbidden variant (true) or the preferred term itself. */
  forbidden: boolean;
}

/** What the marks need of a glossary entry. */
export interface GlossaryMarkEntry {
  term: string;
  forbidden: string[];
}

/** The marks of an article's sentences, sent with the page. */
export interface ArticleGlossaryMarks {
  /** The marks of each distinct sentence text (MT) that has some. */
  sentences: { text: string; marks: GlossaryMark[] }[];
  /** The entries that occur in the article: enough to mark a sentence made from its sentences. */
  entries: GlossaryMarkEntry[];
}

/** Text order; at one start, glossary order, the preferred term before its variants, variants in order. */
function byPosition(a: GlossaryMark & { rank: number[] }, b: GlossaryMark & { rank: number[] }): number {
  return a.start - b.start || a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.rank[2] - b.rank[2];
}

function strip({ start, end, value, term, forbidden }: GlossaryMark): GlossaryMark {
  return { start, end, value, term, forbidden };
}

/** Marks in `text` of a glossary given as a list: one scan per phrase, for a handful of entries. */
export function glossaryMarksOf(text: string, entries: readonly GlossaryMarkEntry[]): GlossaryMark[] {
  const marks: (GlossaryMark & { rank: number[] })[] = [];
  entries.forEach((entry, index) => {
    const preferred = findPhrase(text, entry.term);
    for (const p of preferred) marks.push({ ...p, term: entry.term, forbidden: false, rank: [index, 0, 0] });
    entry.forbidden.forEach((variant, v) => {
      for (const hit of findPhrase(text, variant)) {
        if (preferred.some((p) => p.start <= hit.start && hit.end <= p.end)) continue;
        marks.push({ ...hit, term: entry.term, forbidden: true, rank: [index, 1, v] });
      }
    });
  });
  return marks.sort(byPosition).map(strip);
}

/** The same marks found with the glossary's matcher; also returns which entries they belong to. */
export function glossaryMarksWith(matcher: GlossaryMatcher, text: string): { marks: GlossaryMark[]; entries: Set<number> } {
  const hits = matcher.find(text, ["term", "forbidden"]);
  const preferred = new Map<number, PhraseHit[]>();
  for (const hit of hits) if (hit.ref.kind === "term") preferred.set(hit.ref.entry, [...(preferred.get(hit.ref.entry) ?? []), hit]);
  const marks: (GlossaryMark & { rank: number[] })[] = [];
  const entries = new Set<number>();
  for (const { ref, start, end, value } of hits) {
    const forbidden = ref.kind === "forbidden";
    if (forbidden && preferred.get(ref.entry)?.some((p) => p.start <= start && end <= p.end)) continue;
    entries.add(ref.entry);
    marks.push({ start, end, value, term: matcher.glossary[ref.entry].term, forbidden, rank: [ref.entry, forbidden ? 1 : 0, ref.variant] });
  }
  return { marks: marks.sort(byPosition).map(strip), entries };
}

/** Every sentence's marks and the entries they come from, each distinct text matched once. */
export function articleGlossaryMarks(matcher: GlossaryMatcher, texts: readonly string[]): ArticleGlossaryMarks {
  const sentences: ArticleGlossaryMarks["sentences"] = [];
  const used = new Set<number>();
  for (const text of new Set(texts)) {
    const { marks, entries } = glossaryMarksWith(matcher, text);
    if (marks.length > 0) sentences.push({ text, marks });
    for (const entry of entries) used.add(entry);
  }
  const entries = [...used].sort((a, b) => a - b).map((index) => ({ term: matcher.glossary[index].term, forbidden: [...matcher.glossary[index].forbidden] }));
  return { sentences, entries };
}
