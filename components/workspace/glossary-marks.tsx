"use client";

import { useMemo } from "react";
import { glossaryMarksOf, type GlossaryMark } from "@/lib/glossary/marks";
import { useWorkspace } from "./workspace-store";

const noMarks: GlossaryMark[] = [];

/**
 * A line under the MT text marking its glossary terms: preferred ones in green, forbidden variants in red.
 * The server found them when the page loaded (lib/glossary/marks.ts); a sentence made since (a split or
 * a merge) is matched against the few entries that occur in the article.
 */
export function GlossaryMarks({ text }: { text: string }) {
  const glossary = useWorkspace((state) => state.glossary);
  const marks = useMemo(() => {
    if (glossary.entries.length === 0) return noMarks;
    return glossary.sentences.find((sentence) => sentence.text === text)?.marks ?? glossaryMarksOf(text, glossary.entries);
  }, [text, glossary]);
  if (marks.length === 0) return null;
  return (
    <p className="mt-1 flex flex-wrap items-center gap-1 font-sans text-xs" data-testid="glossary-marks">
      <span className="text-stone-600">Glossary:</span>
      {marks.map((mark, i) =>
        mark.forbidden ? (
          <mark key={i} className="rounded bg-red-100 px-1 text-red-800 line-through" title={`Forbidden: use “${mark.term}”`} data-testid="glossary-forbidden">
            {mark.value}
          </mark>
        ) : (
          <mark key={i} className="rounded bg-green-100 px-1 text-green-900" title="Glossary term" data-testid="glossary-term-mark">
            {mark.value}
          </mark>
        ),
      )}
    </p>
  );
}
