"use client";

import { memo, useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { QaIssueView } from "@/lib/api-types";
import { isReviewable } from "@/lib/article";
import { wordDiff } from "@/lib/diff/word-diff";
import { DiffView } from "@/components/diff-view";
import { AnnotationLayer, useRowSelection, type AnnotationEditing } from "./annotation-layer";
import { trimmed } from "./annotation-marks";
import { CommentPanel, openThreads } from "./comment-thread";
import { ConflictPanel } from "./conflict-panel";
import { CorrectionField } from "./correction-field";
import { GlossaryMarks } from "./glossary-marks";
import { HistoryPanel } from "./history-panel";
import { OriginalColumn } from "./original-column";
import { RowGutter } from "./row-gutter";
import { observeKey, SuggestionSlot } from "./row-slots";
import { RowToolbar, type RowPanel } from "./row-toolbar";
import { saveStateOf } from "./store";
import { useCommands, useSettled, useStore, useWorkspaceSlices } from "./workspace-store";

interface Props {
  id: number;
  /** Position in the rendered list, for the virtualiser's measuring. */
  index: number;
  measure: (element: HTMLElement | null) => void;
  /** The current match of find. */
  found: boolean;
  /** 1-based number in article order. */
  number: number;
  /** The next sentence of the article (for merging and the original column), if any. */
  nextId: number | null;
  firstOfParagraph: boolean;
  canEdit: boolean;
  canConfirm: boolean;
  numberOf: (sentenceId: number) => number | null;
}

const noWarnings: string[] = [];

function warningsOf(issues: QaIssueView[] | undefined, id: number): string[] {
  const own = issues?.filter((issue) => issue.sentenceId === id && !issue.dismissed).map((issue) => issue.message) ?? [];
  return own.length ? own : noWarnings;
}

/** One sentence: number and status, the MT with what the correction deletes, the correction field, and its actions. */
export const SentenceRow = memo(function SentenceRow({ id, index, measure, found, number, nextId, firstOfParagraph, canEdit: mayEdit, canConfirm: mayConfirm, numberOf }: Props) {
  const store = useStore();
  const commands = useCommands();
  const { sentence, next, draft, saveState, error, theirs, presence, issues, comments, focus, language } = useWorkspaceSlices((state) => ({
    sentence: state.sentences[id],
    next: nextId === null ? null : (state.sentences[nextId] ?? null),
    draft: state.drafts[id] ?? state.sentences[id]?.text ?? "",
    saveState: saveStateOf(state, id),
    error: state.errors[id] ?? null,
    theirs: state.theirs[id] ?? null,
    presence: state.presence[id],
    issues: state.checks?.issues,
    comments: state.comments,
    focus: state.focus?.id === id ? state.focus : null,
    language: state.language,
  }));

  const settled = useSettled();
  const row = useRef<HTMLLIElement>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const [panel, setPanel] = useState<RowPanel>(null);
  const [editing, setEditing] = useState<AnnotationEditing>(null);
  const [keyboardError, setKeyboardError] = useState<string | null>(null);

  const reviewable = sentence ? isReviewable(sentence.block) : false;
  const canEdit = mayEdit && reviewable;
  const canConfirm = mayConfirm && reviewable;
  const selection = useRowSelection(row, sentence, canEdit);
  const warnings = useMemo(() => warningsOf(issues, id), [issues, id]);
  const openComments = useMemo(() => openThreads(comments, id), [comments, id]);
  const shown = canEdit ? draft.trim() : (sentence?.text ?? "");
  const parts = useMemo(() => (sentence && shown !== sentence.sourceText ? wordDiff(sentence.sourceText, shown, language) : null), [sentence, shown, language]);

  // Focus lands here when an action asked for this row (after confirm, split, merge, undo, revert, fix, move).
  useEffect(() => {
    if (!focus || !commands.takeFocus(focus.seq)) return;
    const target = field.current ?? row.current;
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "nearest" });
    if (target instanceof HTMLTextAreaElement) {
      const at = focus.at === "start" ? 0 : target.value.length;
      target.setSelectionRange(at, at);
    }
  }, [focus, commands]);

  const setDraft = useCallback((text: string) => store.dispatch({ type: "draftChanged", id, text }), [store, id]);
  // One ref callback per `measure`: a new one on every render would measure the row again on each keystroke.
  const rowRef = useCallback(
    (element: HTMLLIElement | null) => {
      row.current = element;
      measure(element);
    },
    [measure],
  );

  const annotateFromField = useCallback(() => {
    const input = field.current;
    const current = store.getState().sentences[id];
    if (!input || !current) return;
    if (input.value.trim() !== current.text) return setKeyboardError("Save the correction before annotating it.");
    const offset = input.value.indexOf(current.text);
    const span = trimmed(current.text, input.selectionStart - offset, input.selectionEnd - offset);
    if (!span) return setKeyboardError("Select the words to annotate first (Shift+arrow keys).");
    setKeyboardError(null);
    // Untouched, the field shows the MT: the error is the MT's. Once corrected, it is the correction's.
    setEditing({ kind: "new", span: { target: current.text === current.sourceText ? "source" : "text", ...span } });
  }, [store, id]);

  if (!sentence) return null;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    observeKey(event, id);
    if (event.defaultPrevented) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void commands.saveAndNext(id);
    } else if (event.key === "Enter" && event.altKey && canConfirm) {
      event.preventDefault();
      void commands.save(id).then(async (ok) => {
        if (ok) await commands.confirm(id);
      });
    } else if (event.altKey && (event.key === "ArrowDown" || event.key === "ArrowUp")) {
      event.preventDefault();
      commands.move(id, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.altKey && event.code === "KeyM") {
      event.preventDefault();
      annotateFromField();
    } else if (event.key === "Escape") {
      event.preventDefault();
      store.dispatch({ type: "draftDiscarded", id });
    }
  }

  function onEditing(next: AnnotationEditing) {
    setEditing(next);
    if (next === null) commands.move(id, 0);
  }

  const heading = sentence.block.startsWith("h");
  const text = heading ? "font-semibold" : "";
  const hasOriginal = sentence.originalText !== null || next?.originalText;
  return (
    <li
      ref={rowRef}
      data-index={index}
      id={`sentence-${number}`}
      tabIndex={-1}
      data-testid="sentence"
      data-sentence-id={id}
      className={`group relative grid grid-cols-[3.25rem_minmax(0,1fr)] gap-x-3 border-b border-stone-100 px-2 py-1 focus-within:bg-amber-50/40 md:grid-cols-[3.25rem_minmax(0,1fr)_minmax(0,1fr)] ${hasOriginal ? "lg:grid-cols-[3.25rem_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)]" : ""} ${firstOfParagraph ? "border-t-2 border-t-stone-300" : ""} ${reviewable ? "" : "bg-stone-50 text-stone-600"} ${found ? "outline-2 outline-blue-600" : ""}`}
    >
      <div className="row-span-3">
        <RowGutter sentence={sentence} number={number} reviewable={reviewable} saveState={canEdit ? saveState : null} warnings={warnings} openComments={openComments} presence={presence ?? []} />
      </div>
      {hasOriginal && <OriginalColumn sentence={sentence} next={next} hasPrevious={number > 1} canEdit={canEdit} />}
      <div className={`font-serif text-[15px] leading-snug ${text}`}>
        {reviewable ? (
          <p dir="auto" data-testid="source">
            {sentence.block === "footnote" && sentence.prefix.trim() !== "" && (
              <span className="mr-1 font-sans text-sm text-stone-500" title="The note's marker, kept as imported">
                {sentence.prefix.trim()}
              </span>
            )}
            {parts ? <DiffView before={sentence.sourceText} after={shown} parts={parts} show="deletions" /> : sentence.sourceText}
          </p>
        ) : (
          <pre className="whitespace-pre-wrap font-mono text-sm" data-testid="source" title="Kept as it is: not reviewed">{sentence.sourceText}</pre>
        )}
        <GlossaryMarks text={sentence.sourceText} />
      </div>
      {reviewable && (
        <div className="min-w-0">
          {canEdit ? (
            <CorrectionField
              ref={field}
              value={draft}
              number={number}
              errorId={error ? `sentence-${number}-error` : undefined}
              onChange={setDraft}
              onKeyDown={onKeyDown}
              className={`block w-full resize-none rounded border border-stone-300 bg-white px-1.5 py-0 font-serif text-[15px] leading-snug [field-sizing:content] ${text}`}
            />
          ) : (
            <p dir="auto" className={`font-serif text-[15px] leading-snug ${text}`} data-testid="correction">{sentence.text}</p>
          )}
          {parts && (
            <p className="mt-0.5 font-serif text-sm leading-snug text-stone-700" data-testid="diff">
              <span className="sr-only">Changes: </span>
              <DiffView before={sentence.sourceText} after={shown} parts={parts} show="insertions" />
            </p>
          )}
          {/* The suggestion strip and the toolbar show on the focused row only: an editor's rows get them once the page is interactive, not in its HTML. */}
          {canEdit && settled && <SuggestionSlot sentence={sentence} canEdit={canEdit} />}
          {(error ?? keyboardError) && (
            <p role="alert" id={`sentence-${number}-error`} className="mt-0.5 text-sm text-red-700">{error ?? keyboardError}</p>
          )}
          {theirs && (
            <ConflictPanel theirs={theirs.sentence} by={theirs.by} mine={draft} onKeepMine={() => void commands.keepMine(id)} onTakeTheirs={() => commands.takeTheirs(id)} />
          )}
          {(settled || !canEdit) && <RowToolbar
            ready={settled}
            sentence={sentence}
            canEdit={canEdit}
            canConfirm={canConfirm}
            saved={saveState === "saved"}
            mergeable={next !== null && next.paragraph === sentence.paragraph && isReviewable(next.block)}
            openComments={openComments}
            panel={panel}
            annotatable={selection !== null && !editing}
            alwaysShown={!canEdit}
            shownNow={selection !== null && !editing}
            onSave={() => void commands.save(id)}
            onConfirm={() => void commands.confirm(id)}
            onSplit={() => void commands.split(id, field.current?.selectionStart ?? 0)}
            onMerge={() => void commands.mergeNext(id)}
            onUndo={() => void commands.undoStructure(id)}
            onPanel={setPanel}
            onAnnotate={() => selection && setEditing({ kind: "new", span: selection })}
          />}
        </div>
      )}
      {panel === "history" && (
        <div className="col-span-full md:col-start-2">
          <HistoryPanel sentenceId={id} version={sentence.version} canRevert={canEdit} numberOf={numberOf} />
        </div>
      )}
      {panel === "comments" && <CommentPanel sentenceId={id} canWrite={mayEdit} />}
      <AnnotationLayer sentence={sentence} canAnnotate={canEdit && settled} editing={editing} onEditing={onEditing} />
    </li>
  );
});
