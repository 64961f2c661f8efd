"use client";

import type { PersonView, SentenceView } from "@/lib/api-types";
import { DiffView } from "@/components/diff-view";
import { RelativeTime } from "@/components/relative-time";

interface Props {
  theirs: SentenceView;
  /** Who saved their version, when known. */
  by: PersonView | null;
  mine: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Shown when someone else saved this sentence while it was being edited: their text, who, and the choice. */
export function ConflictPanel({ theirs, by, mine, onKeepMine, onTakeTheirs }: Props) {
  const when = theirs.lastChange?.createdAt;
  return (
    <div role="alert" className="mt-1 rounded border border-amber-400 bg-amber-50 p-2 text-sm" data-testid="conflict">
      <p className="font-medium">
        Conflict: {by ? by.name : "someone else"}
        {when && (
          <>
            {" "}(<RelativeTime iso={when} />)
          </>
        )}{" "}
        changed this sentence while you were editing.
      </p>
      <p className="mt-1 text-stone-700">Their text:</p>
      <p dir="auto" className="font-serif" data-testid="conflict-theirs">{theirs.text}</p>
      <p className="mt-1 text-stone-700">Your text compared with theirs:</p>
      <p className="font-serif">
        <DiffView before={theirs.text} after={mine} />
      </p>
      <div className="mt-2 flex gap-2">
        <button type="button" onClick={onKeepMine} className="rounded bg-stone-900 px-3 py-1 text-white">
          Keep mine
        </button>
        <button type="button" onClick={onTakeTheirs} className="rounded border border-stone-400 px-3 py-1">
          Take theirs
        </button>
      </div>
    </div>
  );
}
