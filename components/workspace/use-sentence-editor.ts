"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { SentenceView } from "@/lib/api-types";
import { callApi } from "@/components/api-client";

export type SaveState = "saved" | "dirty" | "saving" | "conflict" | "error";

const autosaveDelayMs = 1200;

/**
 * Editing state of one sentence: the draft, its save state and any conflict. Saves run one at a time;
 * each sends the version it started from, so a stale one gets a conflict instead of overwriting.
 */
export function useSentenceEditor(initial: SentenceView, onView: (view: SentenceView) => void) {
  const [view, setViewState] = useState(initial);
  const [draft, setDraftState] = useState(initial.text);
  const [saveState, setSaveState] = useState<SaveState>("saved");
  const [conflict, setConflict] = useState<SentenceView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const viewRef = useRef(initial);
  const draftRef = useRef(initial.text);
  const queue = useRef<Promise<boolean>>(Promise.resolve(true));

  const setView = useCallback(
    (next: SentenceView) => {
      viewRef.current = next;
      setViewState(next);
      onView(next);
    },
    [onView],
  );

  const setDraft = useCallback((text: string) => {
    draftRef.current = text;
    setDraftState(text);
    setSaveState((state) => (state === "conflict" ? state : text.trim() === viewRef.current.text ? "saved" : "dirty"));
  }, []);

  const runSave = useCallback(
    async (version?: number): Promise<boolean> => {
      const text = draftRef.current.trim();
      const base = version ?? viewRef.current.version;
      if (text === viewRef.current.text && base === viewRef.current.version) {
        setSaveState("saved");
        return true;
      }
      setSaveState("saving");
      const result = await callApi<SentenceView>(`/api/v1/sentences/${viewRef.current.id}`, {
        method: "PATCH",
        body: { text, version: base },
      });
      if (result.ok) {
        setView(result.data);
        setConflict(null);
        setError(null);
        setSaveState(draftRef.current.trim() === result.data.text ? "saved" : "dirty");
        return true;
      }
      if (result.status === 409 && result.body.current) {
        setConflict(result.body.current as SentenceView);
        setSaveState("conflict");
        return false;
      }
      setError(result.error.message);
      setSaveState("error");
      return false;
    },
    [setView],
  );

  const save = useCallback(
    (version?: number) => {
      queue.current = queue.current.then(() => runSave(version));
      return queue.current;
    },
    [runSave],
  );

  // Autosave after a pause in typing; never while a conflict waits for the editor's choice.
  useEffect(() => {
    if (saveState !== "dirty") return;
    const timer = setTimeout(() => void save(), autosaveDelayMs);
    return () => clearTimeout(timer);
  }, [draft, saveState, save]);

  const discard = useCallback(() => {
    draftRef.current = viewRef.current.text;
    setDraftState(viewRef.current.text);
    setSaveState("saved");
    setError(null);
  }, []);

  const keepMine = useCallback(() => {
    const theirs = conflict;
    if (!theirs) return Promise.resolve(false);
    setConflict(null);
    setSaveState("dirty");
    return save(theirs.version);
  }, [conflict, save]);

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setView(conflict);
    draftRef.current = conflict.text;
    setDraftState(conflict.text);
    setConflict(null);
    setSaveState("saved");
  }, [conflict, setView]);

  /** Applies a sentence the server returned for another action (confirm, revert). */
  const applyServerView = useCallback(
    (next: SentenceView) => {
      setView(next);
      draftRef.current = next.text;
      setDraftState(next.text);
      setConflict(null);
      setError(null);
      setSaveState("saved");
    },
    [setView],
  );

  const showConflict = useCallback((current: SentenceView) => {
    setConflict(current);
    setSaveState("conflict");
  }, []);

  return { view, draft, setDraft, saveState, conflict, error, save, discard, keepMine, takeTheirs, applyServerView, showConflict, setError };
}
