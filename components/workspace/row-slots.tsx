"use client";

// Extension points of a sentence row for features built beside the workspace (components/effort/**):
// a suggestion strip under the correction, and the correction field's key events. Keep them cheap:
// they run for every rendered row and every keystroke.
import type { KeyboardEvent } from "react";

export interface RowSlotProps {
  sentenceId: number;
  /** The text in the field now. */
  draft: string;
  /** Replaces the field's text (as if typed), e.g. to accept a suggestion. */
  setDraft: (text: string) => void;
}

/** Under the correction field: suggestions for this sentence. Nothing yet. */
export function SuggestionSlot(props: RowSlotProps) {
  void props;
  return null;
}

/** Every keydown in a correction field, before the workspace's own shortcuts handle it. */
export function observeKey(event: KeyboardEvent<HTMLTextAreaElement>, sentenceId: number): void {
  void event;
  void sentenceId;
}
