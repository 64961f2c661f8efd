"use client";

import type { SentenceView } from "@/lib/api-types";
import { HterBadge } from "./hter-badge";

export type RowPanel = "history" | "comments" | null;

interface Props {
  /** False until hydrated: the buttons wait, so a click is never lost. */
  ready: boolean;
  sentence: SentenceView;
  canEdit: boolean;
  canConfirm: boolean;
  saved: boolean;
  mergeable: boolean;
  openComments: number;
  panel: RowPanel;
  /** The selection can be annotated: shows Annotate. */
  annotatable: boolean;
  /** Shown on every row, in the flow (read-only rows have no field to focus). */
  alwaysShown: boolean;
  /** Shown now, floating, though the row has no focus (a selection to annotate). */
  shownNow: boolean;
  onSave: () => void;
  onConfirm: () => void;
  onSplit: () => void;
  onMerge: () => void;
  onUndo: () => void;
  onPanel: (panel: RowPanel) => void;
  onAnnotate: () => void;
}

const button = "rounded px-1.5 py-0.5 text-stone-800 hover:bg-stone-100 disabled:text-stone-400 disabled:hover:bg-transparent";

/** The actions of one row, in a compact bar that shows on the row that has focus. */
export function RowToolbar(props: Props) {
  const { sentence, canEdit, canConfirm, saved, panel } = props;
  const undoable = sentence.version === 1 && (sentence.lastChange?.kind === "SPLIT" || sentence.lastChange?.kind === "MERGE");
  return (
    <div
      role="toolbar"
      aria-label="Sentence actions"
      // Floating over the row's top edge: showing it on focus never moves what is below (a click in the row lands where aimed).
      className={`${props.alwaysShown ? "mt-1 flex" : `absolute -top-3 right-2 z-20 rounded border border-stone-300 bg-white px-1 shadow-sm ${props.shownNow ? "flex" : "hidden group-focus-within:flex"}`} flex-wrap items-center gap-1 text-xs`}
    >
      <fieldset disabled={!props.ready} className="contents">
      {canEdit && (
        <button type="button" onClick={props.onSave} className={`${button} font-medium text-blue-800`}>
          Save
        </button>
      )}
      {canConfirm && sentence.status !== "CONFIRMED" && (
        <button type="button" onClick={props.onConfirm} disabled={!saved} className={`${button} text-green-800`}>
          Confirm
        </button>
      )}
      {canEdit && (
        <button type="button" onClick={props.onSplit} disabled={!saved} title="Split the sentence at the cursor" className={button}>
          Split
        </button>
      )}
      {canEdit && props.mergeable && (
        <button type="button" onClick={props.onMerge} disabled={!saved} title="Merge with the next sentence" className={button}>
          Merge with next
        </button>
      )}
      {canEdit && undoable && (
        <button type="button" onClick={props.onUndo} className={button}>
          Undo {sentence.lastChange?.kind === "SPLIT" ? "split" : "merge"}
        </button>
      )}
      <button type="button" onClick={() => props.onPanel(panel === "history" ? null : "history")} aria-expanded={panel === "history"} className={button}>
        {panel === "history" ? "Hide history" : "History"}
      </button>
      <button type="button" onClick={() => props.onPanel(panel === "comments" ? null : "comments")} aria-expanded={panel === "comments"} className={button}>
        Comments{" "}
        <span data-testid="comment-count" className={props.openComments ? "rounded bg-blue-100 px-1 text-blue-900" : "text-stone-600"}>
          ({props.openComments} open)
        </span>
      </button>
      {canEdit && props.annotatable && (
        <button
          type="button"
          // Keep the selection: the click must not collapse it before it is read.
          onMouseDown={(event) => event.preventDefault()}
          onClick={props.onAnnotate}
          className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900 ring-1 ring-amber-300"
        >
          Annotate
        </button>
      )}
      </fieldset>
      <span className="ml-auto">
        <HterBadge hter={sentence.hter} />
      </span>
    </div>
  );
}
