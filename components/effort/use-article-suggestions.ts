"use client";

import { useEffect, useState } from "react";
import { api } from "@/components/api";
import { contract, type ArticleSuggestionsView } from "@/lib/api/contract";

export type ExactSuggestion = ArticleSuggestionsView["sentences"][number];

/** Exact correction-memory matches of every sentence of the article, fetched once when the workspace opens. */
export function useArticleSuggestions(articleId: number, enabled: boolean): ReadonlyMap<number, ExactSuggestion> {
  const [matches, setMatches] = useState<ReadonlyMap<number, ExactSuggestion>>(new Map());
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void api(contract.articleSuggestions, { params: { id: articleId } }).then((result) => {
      if (live && result.ok) setMatches(new Map(result.data.sentences.map((s) => [s.sentenceId, s])));
    });
    return () => {
      live = false;
    };
  }, [articleId, enabled]);
  return matches;
}
