"use client";

import { useRef, useState, type KeyboardEvent, type Ref } from "react";
import type { SentenceView } from "@/lib/api-types";
import { callApi } from "@/components/api-client";
import { DiffView } from "@/components/diff-view";
import { SuggestionStrip } from "@/components/effort/suggestion-strip";
import type { ExactSuggestion } from "@/components/effort/use-article-suggestions";
import { AnnotationLayer } from "./annotation-layer";
import { CommentThread } from "./comment-thread";
import { ConflictPanel } from "./conflict-panel";
import { GlossaryMarks } from "./glossary-marks";
import { HistoryPanel } from "./history-panel";
import { HterBadge } from "./hter-badge";
import { OriginalColumn } from "./original-column";
import { StructureActions, type StructureChange } from "./structure-actions";
import { useSentenceEditor, type SaveState } from "./use-sentence-editor";

interface Props {
  sentence: SentenceView;
  number: number;
  canEdit: boolean;
  canConfirm: boolean;
  hidden: boolean;
  inputRef: Ref<HTMLTextAreaElement>;
  onView: (view: SentenceView) => void;
  onMove: (delta: number) => void;
  /** The next sentence, for merging. */
  next: SentenceView | null;
  onStructure: (change: StructureChange) => void;
  /** Open QA warnings of this sentence. */
  warnings: string[];
  /** The correction memory's exact match for this sentence. */
  memory: ExactSuggestion | null;
}

const saveLabels: Record<SaveState, string> = {
  saved: "Saved",
  dirty: "Unsaved changes",
  saving: "Saving…",
  conflict: "Conflict",
  error: "Not saved",
};

const statusStyles = {
  UNTOUCHED: "bg-stone-100 text-stone-700",
  EDITED: "bg-blue-100 text-blue-800",
  CONFIRMED: "bg-green-100 text-green-800",
} as const;

export function SentenceRow({ sentence, number, canEdit, canConfirm, hidden, inputRef, onView, onMove, next, onStructure, warnings, memory }: Props) {
  const editor = useSentenceEditor(sentence, onView);
  const textarea = useRef<HTMLTextAreaElement | null>(null);
  const [showHistory, setShowHistory] = useState(false);
  const { view, draft } = editor;
  const heading = view.block.startsWith("h");

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void editor.save().then((ok) => ok && onMove(1));
    } else if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      onMove(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Escape") {
      event.preventDefault();
      editor.discard();
    }
  }

  async function confirm() {
    const result = await callApi<SentenceView>(`/api/v1/sentences/${view.id}/confirm`, { method: "POST", body: { version: view.version } });
    if (result.ok) editor.applyServerView(result.data);
    else if (result.status === 409 && result.body.current) editor.showConflict(result.body.current as SentenceView);
    else editor.setError(result.error.message);
  }

  return (
    <li id={`sentence-${view.id}`} hidden={hidden} className="grid grid-cols-[2.5rem_1fr] gap-3 border-b border-stone-100 py-3 md:grid-cols-[2.5rem_1fr_1fr] lg:has-[.original-column]:grid-cols-[2.5rem_1fr_1fr_1fr]" data-testid="sentence" data-sentence-id={view.id}>
      <span className="pt-1 text-right text-xs text-stone-500" aria-label={`Sentence ${number}`}>{number}</span>
      <OriginalColumn sentence={sentence} next={next} hasPrevious={number > 1} canEdit={canEdit} onChange={onStructure} />
      <div className={`col-start-2 font-serif lg:col-start-[-3] lg:row-start-1 ${heading ? "font-semibold" : ""}`}>
        <div className="mb-1 text-xs uppercase tracking-wide text-stone-500">Machine translation</div>
        <p dir="auto" data-testid="source">{view.sourceText}</p>
        <GlossaryMarks text={view.sourceText} />
      </div>
      <div className="col-start-2 md:col-start-3 lg:col-start-[-2] lg:row-start-1">
        <div className="mb-1 flex items-center gap-2 text-xs">
          <span className="uppercase tracking-wide text-stone-500">Correction</span>
          <span className={`rounded px-1.5 py-0.5 ${statusStyles[view.status]}`} data-testid="status">{view.status.toLowerCase()}</span>
          <HterBadge hter={view.hter} />
          {warnings.length > 0 && (
            <span data-testid="row-warnings" title={warnings.join("\n")} className="rounded bg-amber-100 px-1.5 py-0.5 text-amber-900">
              ⚠ {warnings.length} {warnings.length === 1 ? "warning" : "warnings"}
            </span>
          )}
          {canEdit && (
            <span aria-live="polite" data-testid="save-state" className={editor.saveState === "saved" ? "text-stone-500" : "font-medium text-amber-700"}>
              {saveLabels[editor.saveState]}
            </span>
          )}
        </div>
        {canEdit ? (
          <textarea
            ref={(element) => {
              textarea.current = element;
              if (typeof inputRef === "function") inputRef(element);
            }}
            value={draft}
            dir="auto"
            rows={1}
            aria-label={`Correction of sentence ${number}`}
            onChange={(event) => editor.setDraft(event.target.value)}
            onKeyDown={onKeyDown}
            className={`w-full resize-none rounded border border-stone-300 bg-white px-2 py-1 font-serif [field-sizing:content] ${heading ? "font-semibold" : ""}`}
          />
        ) : (
          <p dir="auto" className="font-serif" data-testid="correction">{view.text}</p>
        )}
        <p className="mt-1 text-sm" data-testid="diff" aria-label="Changes from the machine translation">
          <DiffView before={view.sourceText} after={canEdit ? draft.trim() : view.text} />
        </p>
        {canEdit && <SuggestionStrip view={view} exact={memory} canEdit={canEdit} onAccepted={editor.applyServerView} onConflict={editor.showConflict} />}
        {editor.error && <p role="alert" className="mt-1 text-sm text-red-700">{editor.error}</p>}
        {editor.conflict && (
          <ConflictPanel theirs={editor.conflict} mine={draft} onKeepMine={() => void editor.keepMine()} onTakeTheirs={editor.takeTheirs} />
        )}
        <div className="mt-1 flex gap-3 text-sm">
          {canEdit && (
            <button type="button" onClick={() => void editor.save()} className="text-blue-700 underline">
              Save
            </button>
          )}
          {canConfirm && view.status !== "CONFIRMED" && (
            <button type="button" onClick={confirm} disabled={editor.saveState !== "saved"} className="text-green-800 underline disabled:text-stone-400 disabled:no-underline">
              Confirm
            </button>
          )}
          {canEdit && (
            <StructureActions
              view={view}
              next={next}
              saved={editor.saveState === "saved"}
              input={textarea}
              onChange={onStructure}
              onConflict={editor.showConflict}
              onError={editor.setError}
            />
          )}
          <button type="button" onClick={() => setShowHistory((open) => !open)} aria-expanded={showHistory} className="text-stone-700 underline">
            {showHistory ? "Hide history" : "History"}
          </button>
        </div>
        {showHistory && (
          <HistoryPanel
            sentenceId={view.id}
            version={view.version}
            canRevert={canEdit}
            onReverted={editor.applyServerView}
            onConflict={editor.showConflict}
          />
        )}
        <CommentThread articleId={view.articleId} sentenceId={view.id} canWrite={canEdit} />
      </div>
      <AnnotationLayer sentence={view} canAnnotate={canEdit} />
    </li>
  );
}
