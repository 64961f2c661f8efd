"use client";

import { useMemo } from "react";
import type { GlossaryTermView } from "@/lib/api-types";
import { findPhrase } from "@/lib/qa/issues";
import { useWorkspace } from "./workspace-store";

interface Hit {
  start: number;
  value: string;
  term: string;
  forbidden: boolean;
}

/** Glossary terms in `text`: preferred terms, and forbidden variants (not inside a preferred term), in text order. */
function glossaryHits(text: string, terms: GlossaryTermView[]): Hit[] {
  const hits: Hit[] = [];
  for (const entry of terms) {
    const preferred = findPhrase(text, entry.term);
    for (const p of preferred) hits.push({ start: p.start, value: p.value, term: entry.term, forbidden: false });
    for (const variant of entry.forbidden) {
      for (const v of findPhrase(text, variant)) {
        if (preferred.some((p) => p.start <= v.start && v.end <= p.end)) continue;
        hits.push({ start: v.start, value: v.value, term: entry.term, forbidden: true });
      }
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** A line under the MT text marking its glossary terms: preferred ones in green, forbidden variants in red. */
export function GlossaryMarks({ text }: { text: string }) {
  const terms = useWorkspace((state) => state.glossary);
  const hits = useMemo(() => (terms.length ? glossaryHits(text, terms) : []), [text, terms]);
  if (hits.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-1 font-sans text-xs" data-testid="glossary-marks">
      <span className="text-stone-600">Glossary:</span>
      {hits.map((hit, i) =>
        hit.forbidden ? (
          <mark key={i} className="rounded bg-red-100 px-1 text-red-800 line-through" title={`Forbidden: use “${hit.term}”`} data-testid="glossary-forbidden">
            {hit.value}
          </mark>
        ) : (
          <mark key={i} className="rounded bg-green-100 px-1 text-green-900" title="Glossary term" data-testid="glossary-term-mark">
            {hit.value}
          </mark>
        ),
      )}
    </p>
  );
}
