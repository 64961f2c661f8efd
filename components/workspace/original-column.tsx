"use client";

import { useState } from "react";
import type { SentenceView } from "@/lib/api-types";
import { useCommands } from "./workspace-store";

interface Props {
  sentence: SentenceView;
  /** The next row, to keep the column when this row's original text was moved away. */
  next: SentenceView | null;
  /** False for the first row: there is no previous row to move a sentence to or from. */
  hasPrevious: boolean;
  canEdit: boolean;
}

/**
 * The original-language text of a row, read-only: a column of its own on wide screens, above the machine
 * translation on narrow ones. Editors fix the alignment by moving one original sentence across the
 * boundary with the previous row (↑ / ↓).
 */
export function OriginalColumn({ sentence, next, hasPrevious, canEdit }: Props) {
  const commands = useCommands();
  const [moved, setMoved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (sentence.originalText === null && !next?.originalText && !moved) return null;

  async function move(direction: "up" | "down") {
    setBusy(true);
    setError(null);
    const failed = await commands.moveOriginal(sentence.id, direction);
    setBusy(false);
    if (failed) return setError(failed);
    setMoved(true);
  }

  const moveButton = "rounded border border-stone-300 px-1 leading-tight disabled:text-stone-300";
  return (
    <div className="original-column col-start-2 text-sm text-stone-700 md:col-span-2 lg:col-span-1" data-testid="original-column">
      <div className="flex items-start gap-1">
        <span className="sr-only">Original: </span>
        {sentence.originalText ? (
          <p dir="auto" className="flex-1 font-serif leading-snug" data-testid="original">{sentence.originalText}</p>
        ) : (
          <p className="flex-1 italic text-stone-600">No original text</p>
        )}
        {canEdit && hasPrevious && (
          <span className="flex flex-col gap-0.5 text-xs">
            <button
              type="button"
              onClick={() => void move("up")}
              disabled={busy || !sentence.originalText}
              aria-label="Move the first original sentence to the previous row"
              title="Move the first original sentence to the previous row"
              className={moveButton}
            >
              ↑
            </button>
            <button
              type="button"
              onClick={() => void move("down")}
              disabled={busy}
              aria-label="Move the last original sentence of the previous row here"
              title="Move the last original sentence of the previous row here"
              className={moveButton}
            >
              ↓
            </button>
          </span>
        )}
      </div>
      {error && <p role="alert" className="mt-1 text-red-700">{error}</p>}
    </div>
  );
}
