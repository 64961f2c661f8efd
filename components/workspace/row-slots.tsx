"use client";

// Extension points of a sentence row for features built beside the workspace (components/effort/**):
// the correction memory's suggestion strip under the correction, and the correction field's key events.
// Keep them cheap: they run for every rendered row and every keystroke.
import { createContext, useContext, type KeyboardEvent } from "react";
import type { SentenceView } from "@/lib/api-types";
import { SuggestionStrip } from "@/components/effort/suggestion-strip";
import type { ExactSuggestion } from "@/components/effort/use-article-suggestions";
import { useStore } from "./workspace-store";

/** The article's exact correction-memory matches by sentence id, loaded once by the workspace. */
export const SuggestionsContext = createContext<ReadonlyMap<number, ExactSuggestion>>(new Map());

export interface RowSlotProps {
  sentence: SentenceView;
  canEdit: boolean;
}

/** Under the correction field: the memory's exact match (one keystroke) and, on request, similar ones. */
export function SuggestionSlot({ sentence, canEdit }: RowSlotProps) {
  const store = useStore();
  const exact = useContext(SuggestionsContext).get(sentence.id) ?? null;
  return (
    <SuggestionStrip
      view={sentence}
      exact={exact}
      canEdit={canEdit}
      onAccepted={(saved) => store.dispatch({ type: "sentenceSaved", sentence: saved })}
      onConflict={(current) => store.dispatch({ type: "conflictFound", id: sentence.id, theirs: current })}
    />
  );
}

/** Every keydown in a correction field, before the workspace's own shortcuts handle it. */
export function observeKey(event: KeyboardEvent<HTMLTextAreaElement>, sentenceId: number): void {
  void event;
  void sentenceId;
}
