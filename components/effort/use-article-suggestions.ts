"use client";

import { useEffect, useState } from "react";
import { api } from "@/components/api";
import { whenIdle } from "@/components/when-idle";
import { contract, type ArticleSuggestionsView } from "@/lib/api/contract";

export type ExactSuggestion = ArticleSuggestionsView["sentences"][number];

/** Exact correction-memory matches of every sentence of the article, fetched once when the workspace opens. */
export function useArticleSuggestions(articleId: number, enabled: boolean): ReadonlyMap<number, ExactSuggestion> {
  const [matches, setMatches] = useState<ReadonlyMap<number, ExactSuggestion>>(new Map());
  useEffect(() => {
    if (!enabled) return;
    return whenIdle((cancelled) =>
      void api(contract.articleSuggestions, { params: { id: articleId } }).then((result) => {
        if (!cancelled() && result.ok) setMatches(new Map(result.data.sentences.map((s) => [s.sentenceId, s])));
      }),
    );
  }, [articleId, enabled]);
  return matches;
}
