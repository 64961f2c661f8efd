"use client";

import { useEffect, useState } from "react";
import type { ArticleSuggestionsView } from "@/lib/memory";
import { callApi } from "@/components/api-client";

export type ExactSuggestion = ArticleSuggestionsView["sentences"][number];

/** Exact correction-memory matches of every sentence of the article, fetched once when the workspace opens. */
export function useArticleSuggestions(articleId: number, enabled: boolean): ReadonlyMap<number, ExactSuggestion> {
  const [matches, setMatches] = useState<ReadonlyMap<number, ExactSuggestion>>(new Map());
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    void callApi<ArticleSuggestionsView>(`/api/v1/articles/${articleId}/suggestions`).then((result) => {
      if (live && result.ok) setMatches(new Map(result.data.sentences.map((s) => [s.sentenceId, s])));
    });
    return () => {
      live = false;
    };
  }, [articleId, enabled]);
  return matches;
}
