"use client";

import type { PersonView, SentenceView } from "@/lib/api-types";
import type { SaveState } from "./store";

const saveLabels: Record<SaveState, string> = {
  saved: "Saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  conflict: "Conflict",
  error: "Not saved",
};

const statusStyles = {
  UNTOUCHED: "text-stone-600",
  EDITED: "text-blue-800",
  CONFIRMED: "text-green-800",
} as const;

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? "")
    .join("");
}

interface Props {
  sentence: SentenceView;
  number: number;
  reviewable: boolean;
  saveState: SaveState | null;
  warnings: string[];
  openComments: number;
  presence: PersonView[];
}

/** The left edge of a row: its number, status, save state, and small signs for warnings, comments and who else is here. */
export function RowGutter({ sentence, number, reviewable, saveState, warnings, openComments, presence }: Props) {
  return (
    <div className="flex flex-col items-end gap-0.5 pt-1 text-right text-[11px] leading-tight">
      <span className="text-xs font-semibold text-stone-700" data-testid="number">
        <span className="sr-only">Sentence </span>
        {number}
      </span>
      {reviewable && (
        <span className={statusStyles[sentence.status]} data-testid="status">
          {sentence.status.toLowerCase()}
        </span>
      )}
      {saveState && (
        <span aria-live="polite" data-testid="save-state" className={saveState === "saved" ? "text-stone-600" : "font-medium text-amber-800"}>
          {saveLabels[saveState]}
        </span>
      )}
      {warnings.length > 0 && (
        <span data-testid="row-warnings" title={warnings.join("\n")} className="rounded bg-amber-100 px-1 text-amber-900">
          ⚠ {warnings.length}
          <span className="sr-only"> {warnings.length === 1 ? "warning" : "warnings"}: {warnings.join("; ")}</span>
        </span>
      )}
      {openComments > 0 && (
        <span className="rounded bg-blue-50 px-1 text-blue-900" title={`${openComments} open comment threads`}>
          💬 {openComments}
          <span className="sr-only"> open comments</span>
        </span>
      )}
      {presence.length > 0 && (
        <span className="flex gap-0.5" data-testid="row-presence">
          {presence.map((person) => (
            <abbr key={person.id} title={`${person.name} is on this sentence`} className="rounded-full bg-violet-100 px-1 text-violet-900 no-underline">
              {initials(person.name)}
            </abbr>
          ))}
        </span>
      )}
    </div>
  );
}
