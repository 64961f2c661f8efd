"use client";

import type { SentenceView } from "@/lib/api-types";
import { DiffView } from "@/components/diff-view";

function when(iso: string) {
  return new Date(iso).toLocaleString();
}

/** Shown when a save lost a race: the other person's text, who wrote it, and the choice. */
export function ConflictPanel(props: { theirs: SentenceView; mine: string; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { theirs, mine } = props;
  const who = theirs.lastChange ? `${theirs.lastChange.author.name} (${when(theirs.lastChange.createdAt)})` : "someone else";
  return (
    <div role="alert" className="mt-2 rounded border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="conflict">
      <p className="font-medium">Conflict: {who} changed this sentence while you were editing.</p>
      <p className="mt-2 text-stone-600">Their text:</p>
      <p dir="auto" className="font-serif" data-testid="conflict-theirs">{theirs.text}</p>
      <p className="mt-2 text-stone-600">Your text compared with theirs:</p>
      <p className="font-serif">
        <DiffView before={theirs.text} after={mine} />
      </p>
      <div className="mt-3 flex gap-2">
        <button type="button" onClick={props.onKeepMine} className="rounded bg-stone-900 px-3 py-1 text-white">
          Keep mine
        </button>
        <button type="button" onClick={props.onTakeTheirs} className="rounded border border-stone-400 px-3 py-1">
          Take theirs
        </button>
      </div>
    </div>
  );
}
