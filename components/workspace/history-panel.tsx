"use client";

import { useEffect, useState } from "react";
import type { RevisionView } from "@/lib/api-types";
import { contract } from "@/lib/api/contract";
import { api } from "@/components/api";
import { DiffView } from "@/components/diff-view";
import { RelativeTime } from "@/components/relative-time";
import { useCommands } from "./workspace-store";

interface Props {
  sentenceId: number;
  /** Current version: the list reloads when it changes, and a revert starts from it. */
  version: number;
  canRevert: boolean;
  /** Row numbers of sentences in article order, to name the earlier sentences of a split or merge. */
  numberOf: (sentenceId: number) => number | null;
}

/** Every revision of a sentence, newest first, each with the diff to the one before. */
export function HistoryPanel({ sentenceId, version, canRevert, numberOf }: Props) {
  const commands = useCommands();
  const [revisions, setRevisions] = useState<RevisionView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Two revisions picked to compare, in the order they were picked.
  const [picked, setPicked] = useState<number[]>([]);

  useEffect(() => {
    let live = true;
    void api(contract.listRevisions, { params: { id: sentenceId } }).then((result) => {
      if (!live) return;
      if (result.ok) setRevisions(result.data.revisions);
      else setError(result.error.message);
    });
    return () => {
      live = false;
    };
  }, [sentenceId, version]);

  async function revert(revision: RevisionView) {
    const failed = await commands.revert(sentenceId, revision.id);
    if (failed) setError(failed);
  }

  if (error) return <p role="alert" className="mt-2 text-sm text-red-700">{error}</p>;
  if (!revisions) return <p className="mt-2 text-sm text-stone-600">Loading history…</p>;
  const newestFirst = [...revisions].reverse();
  const pair = revisions.filter((revision) => picked.includes(revision.id)); // oldest first
  function pick(id: number, on: boolean) {
    setPicked((current) => (on ? [...current.filter((other) => other !== id), id].slice(-2) : current.filter((other) => other !== id)));
  }
  return (
    <>
      {pair.length === 2 ? (
        <div className="mt-2 rounded border border-stone-200 bg-stone-50 p-2 text-sm" data-testid="revision-compare">
          <div className="text-stone-600">
            v{pair[0].version} ({pair[0].author.name}) → v{pair[1].version} ({pair[1].author.name})
          </div>
          <p className="font-serif">
            <DiffView before={pair[0].text} after={pair[1].text} />
          </p>
        </div>
      ) : (
        <p className="mt-2 text-xs text-stone-600">Tick two revisions to compare them.</p>
      )}
      <ol className="mt-2 space-y-2 border-l-2 border-stone-200 pl-3 text-sm" aria-label="Revision history" data-testid="history">
        {newestFirst.map((revision, index) => {
          // The list also holds the history of sentences this one was split or merged from.
          const previous = newestFirst.slice(index + 1).find((older) => older.sentenceId === revision.sentenceId);
          const isCurrent = index === 0;
          const own = revision.sentenceId === sentenceId;
          return (
            <li key={revision.id} data-testid="revision">
              <div className="text-stone-600">
                <span className="font-medium text-stone-900">{revision.kind.toLowerCase()}</span> · {revision.author.name} ·{" "}
                <RelativeTime iso={revision.createdAt} /> · v{revision.version}
                {!own && <span> · earlier sentence{numberOf(revision.sentenceId) ? ` (was ${numberOf(revision.sentenceId)})` : ""}</span>}
                {revision.note && <span> · {revision.note}</span>}
              </div>
              <p className="font-serif">
                {previous ? <DiffView before={previous.text} after={revision.text} /> : <span dir="auto">{revision.text}</span>}
              </p>
              <label className="mr-3 mt-1 inline-flex items-center gap-1 text-stone-600">
                <input type="checkbox" checked={picked.includes(revision.id)} onChange={(e) => pick(revision.id, e.target.checked)} />
                Compare
              </label>
              {canRevert && own && !isCurrent && (
                <button type="button" onClick={() => revert(revision)} className="mt-1 text-blue-800 underline">
                  Revert to this
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
