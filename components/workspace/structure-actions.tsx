"use client";

import type { RefObject } from "react";
import type { SentenceView } from "@/lib/api-types";
import { callApi } from "@/components/api-client";

export interface StructureChange {
  removed: number[];
  sentences: SentenceView[];
}

interface Props {
  view: SentenceView;
  /** The next sentence of the article, when there is one. */
  next: SentenceView | null;
  /** Splitting and merging work on saved text only. */
  saved: boolean;
  input: RefObject<HTMLTextAreaElement | null>;
  onChange: (change: StructureChange) => void;
  onConflict: (current: SentenceView) => void;
  onError: (message: string) => void;
}

/** Split at the cursor, merge with the next sentence, and undo the split or merge that made this one. */
export function StructureActions({ view, next, saved, input, onChange, onConflict, onError }: Props) {
  const undoable = view.version === 1 && (view.lastChange?.kind === "SPLIT" || view.lastChange?.kind === "MERGE");

  async function post(path: string, body: unknown) {
    const result = await callApi<StructureChange>(`/api/v1/sentences/${view.id}/${path}`, { method: "POST", body });
    if (result.ok) onChange(result.data);
    else if (result.status === 409 && result.body.current) onConflict(result.body.current as SentenceView);
    else onError(result.error.message);
  }

  function split() {
    const offset = input.current?.selectionStart ?? 0;
    if (offset <= 0 || offset >= view.text.length) return onError("Put the cursor where the sentence should be split, then click Split.");
    void post("split", { offset, version: view.version });
  }

  const mergeable = next !== null && next.paragraph === view.paragraph;
  return (
    <>
      <button type="button" onClick={split} disabled={!saved} title="Split the sentence at the cursor" className="text-stone-700 underline disabled:text-stone-400 disabled:no-underline">
        Split
      </button>
      {mergeable && (
        <button
          type="button"
          onClick={() => void post("merge-next", { version: view.version, nextVersion: next.version })}
          disabled={!saved}
          title="Merge with the next sentence"
          className="text-stone-700 underline disabled:text-stone-400 disabled:no-underline"
        >
          Merge with next
        </button>
      )}
      {undoable && (
        <button type="button" onClick={() => void post("undo-structure", { version: view.version })} className="text-stone-700 underline">
          Undo {view.lastChange?.kind === "SPLIT" ? "split" : "merge"}
        </button>
      )}
    </>
  );
}
