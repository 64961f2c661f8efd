"use client";

import { useEffect, useRef, useState } from "react";
import type { SentenceView } from "@/lib/api-types";
import { api } from "@/components/api";
import { contract, type SentenceSuggestionsView } from "@/lib/api/contract";
import type { MemorySuggestion } from "@/lib/memory/views";
import { announceSuggestionUsed } from "./use-effort-capture";
import type { ExactSuggestion } from "./use-article-suggestions";

interface Props {
  view: SentenceView;
  /** The article-wide exact match of this sentence, if any. */
  exact: ExactSuggestion | null;
  canEdit: boolean;
  /** The sentence as saved after a suggestion was used. */
  onAccepted: (view: SentenceView) => void;
  onConflict: (current: SentenceView) => void;
}

function MtDiff({ suggestion }: { suggestion: MemorySuggestion }) {
  return (
    <span dir="auto" data-testid="mt-diff">
      {suggestion.mtDiff.map((part, index) =>
        part.kind === "insert" ? (
          <ins key={index} className="diff-ins" title="in this MT">{part.value}</ins>
        ) : part.kind === "delete" ? (
          <del key={index} className="diff-del" title="in the remembered MT">{part.value}</del>
        ) : (
          <span key={index}>{part.value}</span>
        ),
      )}
    </span>
  );
}

/**
 * Correction-memory suggestions of one sentence: the exact match, used with one click or Alt+U in the
 * correction box, and on request the fuzzy matches with their score and the difference between the
 * remembered MT and this one. Nothing changes until the editor chooses; the revision notes "from memory".
 */
export function SuggestionStrip({ view, exact, canEdit, onAccepted, onConflict }: Props) {
  const [similar, setSimilar] = useState<SentenceSuggestionsView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const strip = useRef<HTMLDivElement | null>(null);
  const offered = exact && exact.correction !== view.text ? exact : null;

  async function accept(correction: string) {
    setBusy(true);
    setError(null);
    const result = await api(contract.updateSentence, { params: { id: view.id }, body: { text: correction, version: view.version, origin: "memory" } });
    setBusy(false);
    if (result.ok) {
      announceSuggestionUsed({ sentenceId: view.id, origin: "memory" });
      setSimilar(null);
      onAccepted(result.data);
      strip.current?.closest("[data-sentence-id]")?.querySelector("textarea")?.focus();
    } else if (result.status === 409 && result.current) onConflict(result.current);
    else setError(result.error.message);
  }

  // Alt+U in this sentence's correction box uses the exact match: one keystroke.
  const acceptRef = useRef(accept);
  acceptRef.current = accept;
  useEffect(() => {
    if (!offered || !canEdit) return;
    const row = strip.current?.closest("[data-sentence-id]");
    const onKeyDown = (event: Event) => {
      if (!(event instanceof KeyboardEvent) || !event.altKey || event.code !== "KeyU") return;
      event.preventDefault();
      void acceptRef.current(offered.correction);
    };
    row?.addEventListener("keydown", onKeyDown);
    return () => row?.removeEventListener("keydown", onKeyDown);
  }, [offered, canEdit]);

  async function findSimilar() {
    setBusy(true);
    const result = await api(contract.sentenceSuggestions, { params: { id: view.id } });
    setBusy(false);
    if (result.ok) setSimilar(result.data);
    else setError(result.error.message);
  }

  const matches = similar ? [...similar.exact, ...similar.fuzzy].filter((s) => s.correction !== view.text) : [];
  return (
    <div ref={strip} className={`text-sm ${offered || similar || error ? "mt-1" : ""}`} data-testid="suggestion-strip">
      {offered && (
        <div data-testid="memory-exact" className="flex flex-wrap items-baseline gap-2 rounded bg-violet-50 px-2 py-1">
          <span className="text-xs font-medium uppercase tracking-wide text-violet-800">Memory 100%</span>
          <span dir="auto" className="flex-1 font-serif">{offered.correction}</span>
          {offered.uses > 1 && <span className="text-xs text-stone-600">used {offered.uses}×</span>}
          {canEdit && (
            <button type="button" disabled={busy} onClick={() => void accept(offered.correction)} className="text-violet-800 underline disabled:text-stone-400" aria-keyshortcuts="Alt+U">
              Use (Alt+U)
            </button>
          )}
        </div>
      )}
      {canEdit && !similar && (
        // Floats over the row's bottom edge while the row has focus, so showing it never moves a click target.
        <button type="button" disabled={busy} onClick={() => void findSimilar()} className="absolute -bottom-2 right-2 z-20 hidden rounded border border-stone-300 bg-white px-1 text-xs text-stone-700 underline shadow-sm group-focus-within:inline-block">
          Similar corrections
        </button>
      )}
      {similar && matches.length === 0 && <p className="text-xs text-stone-600" role="status">No remembered correction scores 75% or more.</p>}
      {matches.length > 0 && (
        <ul aria-label="Remembered corrections" className="space-y-1">
          {matches.map((match) => (
            <li key={`${match.kind}-${match.entryId}`} data-testid="memory-match" data-kind={match.kind} className="rounded bg-violet-50 px-2 py-1">
              <div className="flex flex-wrap items-baseline gap-2">
                <span className="text-xs font-medium text-violet-800" data-testid="match-score">{match.score}%</span>
                <span dir="auto" className="flex-1 font-serif">{match.correction}</span>
                <button type="button" disabled={busy} onClick={() => void accept(match.correction)} className="text-violet-800 underline disabled:text-stone-400">
                  Use
                </button>
              </div>
              {match.kind === "fuzzy" && (
                <p className="text-xs text-stone-600">
                  Remembered MT → this MT: <MtDiff suggestion={match} />
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && <p role="alert" className="text-red-700">{error}</p>}
    </div>
  );
}
