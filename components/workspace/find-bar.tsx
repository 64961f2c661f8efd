"use client";

import { useEffect, useMemo, useState, type KeyboardEvent } from "react";
import { useStore, useWorkspace } from "./workspace-store";

interface Props {
  /** The sentences the filter shows, in order: what find searches. */
  ids: number[];
  numberOf: (id: number) => number | null;
  onMatch: (id: number | null) => void;
  onClose: () => void;
}

/**
 * Redline's own find, over every sentence (the browser's find sees only the rows near the viewport):
 * the MT and the correction as typed. Enter / Shift+Enter go to the next / previous match; Esc closes
 * and puts the cursor in the matched sentence.
 */
export function FindBar({ ids, numberOf, onMatch, onClose }: Props) {
  const store = useStore();
  const sentences = useWorkspace((state) => state.sentences);
  const drafts = useWorkspace((state) => state.drafts);
  const [query, setQuery] = useState("");
  const [current, setCurrent] = useState(0);
  // A long article's rest may still be on its way: Enter then waits for it and goes to the match after.
  const complete = useWorkspace((state) => state.complete);
  const [waiting, setWaiting] = useState<number | null>(null);

  const matches = useMemo(() => {
    const needle = query.trim().toLocaleLowerCase();
    if (!needle) return [];
    return ids.filter((id) => {
      const sentence = sentences[id];
      return sentence.sourceText.toLocaleLowerCase().includes(needle) || (drafts[id] ?? sentence.text).toLocaleLowerCase().includes(needle);
    });
  }, [ids, sentences, drafts, query]);

  function go(index: number) {
    if (matches.length === 0) return onMatch(null);
    const wrapped = (index + matches.length) % matches.length;
    setCurrent(wrapped);
    onMatch(matches[wrapped]);
  }

  useEffect(() => {
    if (!complete || waiting === null) return;
    setWaiting(null);
    go(waiting);
    // `go` reads this render's matches, which hold the whole article once `complete` is true.
  }, [complete, waiting]);

  function close() {
    const id = matches[current];
    onMatch(null);
    onClose();
    if (id !== undefined) store.dispatch({ type: "focusRequested", id });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      const next = event.shiftKey ? current - 1 : current + 1;
      if (complete) go(next);
      else setWaiting(next);
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  }

  const at = matches[current];
  return (
    <search className="mb-2 flex flex-wrap items-center gap-2 rounded bg-white p-2 text-sm shadow-sm" aria-label="Find in the article">
      <label htmlFor="find-input" className="font-medium">
        Find
      </label>
      <input
        id="find-input"
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setCurrent(-1);
          onMatch(null);
        }}
        onKeyDown={onKeyDown}
        className="min-w-48 flex-1 rounded border border-stone-300 px-2 py-1"
        aria-describedby="find-status"
      />
      <span id="find-status" role="status" className="text-stone-700" data-testid="find-status">
        {query.trim() === ""
          ? "Type to search every sentence"
          : !complete
            ? "Searching the whole article…"
            : matches.length === 0
            ? "No matches"
            : at === undefined || current < 0
              ? `${matches.length} ${matches.length === 1 ? "sentence" : "sentences"} · Enter for the first`
              : `Sentence ${numberOf(at)} · ${current + 1} of ${matches.length}`}
      </span>
      <button type="button" onClick={() => go(current - 1)} disabled={matches.length === 0} className="rounded px-2 py-0.5 ring-1 ring-stone-300 disabled:text-stone-400">
        Previous
      </button>
      <button type="button" onClick={() => go(current + 1)} disabled={matches.length === 0} className="rounded px-2 py-0.5 ring-1 ring-stone-300 disabled:text-stone-400">
        Next
      </button>
      <button type="button" onClick={close} className="rounded px-2 py-0.5 ring-1 ring-stone-300">
        Close
      </button>
    </search>
  );
}
