"use client";

import { useMemo } from "react";
import { MqmScore } from "./mqm-score";
import type { Filter } from "./store";
import { useStore, useWorkspace } from "./workspace-store";

const filters: { value: Filter; label: string }[] = [
  { value: "ALL", label: "All" },
  { value: "UNTOUCHED", label: "Untouched" },
  { value: "EDITED", label: "Edited" },
  { value: "CONFIRMED", label: "Confirmed" },
];

interface Props {
  /** Sentences that are reviewed (not code, raw HTML or breaks): what progress counts. */
  reviewableIds: number[];
  canEdit: boolean;
  firstId: number | null;
  onFind: () => void;
  onShortcuts: () => void;
}

const chip = "rounded px-2 py-0.5 text-sm ring-1 ring-stone-300";

/** Filter, progress, find, shortcuts and the MQM score: sticky on wide screens, in the flow on small ones. */
export function WorkspaceBar({ reviewableIds, canEdit, firstId, onFind, onShortcuts }: Props) {
  const store = useStore();
  const filter = useWorkspace((state) => state.filter);
  // Counts wait for the whole article (a long one's page holds only its first screen at first).
  const complete = useWorkspace((state) => state.complete);
  const sentences = useWorkspace((state) => state.sentences);
  const counts = useMemo(() => {
    const result: Record<Filter, number> = { ALL: reviewableIds.length, UNTOUCHED: 0, EDITED: 0, CONFIRMED: 0 };
    for (const id of reviewableIds) result[sentences[id].status] += 1;
    return result;
  }, [reviewableIds, sentences]);
  const total = counts.ALL;
  const done = counts.EDITED + counts.CONFIRMED;

  return (
    <div className="z-10 mb-1 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-stone-200 bg-stone-50 py-1 lg:sticky lg:top-0">
      {firstId !== null && (
        <button
          type="button"
          onClick={() => store.dispatch({ type: "focusRequested", id: firstId, at: "start" })}
          className="sr-only rounded bg-blue-700 px-2 py-1 text-sm text-white focus:not-sr-only"
        >
          Skip to the first sentence
        </button>
      )}
      <div role="group" aria-label="Show sentences" className="flex flex-wrap gap-1">
        {filters.map((f) => (
          <button
            key={f.value}
            type="button"
            aria-pressed={filter === f.value}
            onClick={() => store.dispatch({ type: "filterChanged", filter: f.value })}
            className={`${chip} ${filter === f.value ? "bg-stone-900 text-white" : "bg-white text-stone-800"}`}
          >
            {f.label} ({complete ? counts[f.value] : "…"})
          </button>
        ))}
      </div>
      <div className="flex min-w-48 flex-1 items-center gap-2 text-sm">
        <progress max={total} value={done} className="h-2 flex-1" aria-label="Edited or confirmed sentences" />
        <span data-testid="progress">{complete ? `${done} / ${total} edited or confirmed` : "Counting…"}</span>
      </div>
      <button type="button" onClick={onFind} className={`${chip} bg-white`}>
        Find<span className="pointer-coarse:hidden"> (Ctrl+F)</span>
      </button>
      {canEdit && (
        <button type="button" onClick={onShortcuts} className={`${chip} bg-white pointer-coarse:hidden`} aria-label="Keyboard shortcuts">
          Shortcuts ?
        </button>
      )}
      <MqmScore />
    </div>
  );
}
