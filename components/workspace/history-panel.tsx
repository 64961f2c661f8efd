"use client";

import { useEffect, useState } from "react";
import type { RevisionView, SentenceView } from "@/lib/api-types";
import { callApi } from "@/components/api-client";
import { DiffView } from "@/components/diff-view";

interface Props {
  sentenceId: number;
  /** Current version: the list reloads when it changes, and a revert starts from it. */
  version: number;
  canRevert: boolean;
  onReverted: (view: SentenceView) => void;
  onConflict: (current: SentenceView) => void;
}

/** Every revision of a sentence, newest first, each with the diff to the one before. */
export function HistoryPanel({ sentenceId, version, canRevert, onReverted, onConflict }: Props) {
  const [revisions, setRevisions] = useState<RevisionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void callApi<{ revisions: RevisionView[] }>(`/api/v1/sentences/${sentenceId}/revisions`).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.data.revisions);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [sentenceId, version]);

  async function revert(revision: RevisionView) {
    const result = await callApi<SentenceView>(`/api/v1/sentences/${sentenceId}/revert`, {
      method: "POST",
      body: { revisionId: revision.id, version },
    });
    if (result.ok) onReverted(result.data);
    else if (result.status === 409 && result.body.current) onConflict(result.body.current as SentenceView);
    else setError(result.error.message);
  }

  if (error) return <p className="mt-2 text-sm text-red-700">{error}</p>;
  if (!revisions) return <p className="mt-2 text-sm text-stone-500">Loading history…</p>;
  const newestFirst = [...revisions].reverse();
  return (
    <ol className="mt-2 space-y-2 border-l-2 border-stone-200 pl-3 text-sm" aria-label="Revision history" data-testid="history">
      {newestFirst.map((revision, index) => {
        const previous = newestFirst[index + 1];
        const isCurrent = index === 0;
        return (
          <li key={revision.id} data-testid="revision">
            <div className="text-stone-600">
              <span className="font-medium text-stone-900">{revision.kind.toLowerCase()}</span> · {revision.author.name} ·{" "}
              <time dateTime={revision.createdAt}>{new Date(revision.createdAt).toLocaleString()}</time> · v{revision.version}
            </div>
            <p className="font-serif">
              {previous ? <DiffView before={previous.text} after={revision.text} /> : <span dir="auto">{revision.text}</span>}
            </p>
            {canRevert && !isCurrent && (
              <button type="button" onClick={() => revert(revision)} className="mt-1 text-blue-700 underline">
                Revert to this
              </button>
            )}
          </li>
        );
      })}
    </ol>
  );
}
