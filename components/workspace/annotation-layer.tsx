"use client";

import { useEffect, useMemo, useState, type RefObject } from "react";
import type { AnnotationView, SentenceView } from "@/lib/api-types";
import { contract } from "@/lib/api/contract";
import { api } from "@/components/api";
import { AnnotationForm, type AnnotationFields } from "./annotation-form";
import { annotationLabel, MarkedText, selectedSpan, type SelectedSpan } from "./annotation-marks";
import { useCommands, useSettled, useWorkspace } from "./workspace-store";

export type AnnotationEditing = { kind: "new"; span: SelectedSpan } | { kind: "edit"; annotation: AnnotationView } | null;

/** The span selected with the mouse in this row's MT or correction (null when none). */
export function useRowSelection(row: RefObject<HTMLElement | null>, sentence: SentenceView, enabled: boolean): SelectedSpan | null {
  const [selection, setSelection] = useState<SelectedSpan | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const onChange = () => {
      const element = row.current;
      const next = element ? selectedSpan(element, { source: sentence.sourceText, text: sentence.text }) : null;
      setSelection((current) => (current?.start === next?.start && current?.end === next?.end && current?.target === next?.target ? current : next));
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [enabled, row, sentence.sourceText, sentence.text]);
  return selection;
}

const noAnnotations: AnnotationView[] = [];

interface Props {
  sentence: SentenceView;
  canAnnotate: boolean;
  editing: AnnotationEditing;
  onEditing: (editing: AnnotationEditing) => void;
}

/** MQM error annotations of one sentence: the form, the annotated text and the list. */
export function AnnotationLayer({ sentence, canAnnotate, editing, onEditing }: Props) {
  // Buttons wait until the page has settled, so a click before the page is interactive is not lost.
  const settled = useSettled();
  const commands = useCommands();
  const all = useWorkspace((state) => state.annotations);
  const annotations = useMemo(() => {
    const own = all.filter((a) => a.sentenceId === sentence.id);
    return own.length ? own : noAnnotations;
  }, [all, sentence.id]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const texts = { source: sentence.sourceText, text: sentence.text };

  async function run(request: Promise<{ ok: boolean; error?: { message: string } }>) {
    setBusy(true);
    const result = await request;
    setBusy(false);
    if (!result.ok) return setError(result.error?.message ?? "Not saved.");
    setError(null);
    onEditing(null);
    await commands.reloadAnnotations();
  }

  function save(fields: AnnotationFields) {
    if (!editing) return;
    const body = { category: fields.category, severity: fields.severity };
    void run(
      editing.kind === "new"
        ? api(contract.createAnnotation, { params: { id: sentence.id }, body: { ...editing.span, ...body, comment: fields.comment || undefined } })
        : api(contract.updateAnnotation, { params: { id: editing.annotation.id }, body: { ...body, comment: fields.comment || null } }),
    );
  }

  const quoteOf = (a: { target: "source" | "text"; start: number; end: number }) => texts[a.target].slice(a.start, a.end);
  const onSource = annotations.filter((a) => a.target === "source");
  const onText = annotations.filter((a) => a.target === "text");
  if (!editing && !error && annotations.length === 0) return null;

  return (
    <div className="col-span-full text-sm md:col-start-2" data-testid="annotations">
      {editing && (
        <AnnotationForm
          key={editing.kind === "new" ? "new" : editing.annotation.id}
          quote={quoteOf(editing.kind === "new" ? editing.span : editing.annotation)}
          initial={editing.kind === "edit" ? { ...editing.annotation, comment: editing.annotation.comment ?? "" } : undefined}
          busy={busy}
          onSave={save}
          onCancel={() => onEditing(null)}
        />
      )}
      {error && <p role="alert" className="mt-1 text-red-700">{error}</p>}
      {annotations.length > 0 && (
        <div className="mt-1 rounded bg-amber-50/60 px-2 py-1">
          {onSource.length > 0 && <MarkedText text={sentence.sourceText} annotations={onSource} testId="annotated-source" />}
          {onText.length > 0 && <MarkedText text={sentence.text} annotations={onText} testId="annotated-text" />}
          <ul className="mt-1 space-y-0.5">
            {annotations.map((a) => (
              <li key={a.id} data-testid="annotation" className="flex flex-wrap gap-2">
                <span>
                  <strong>{a.severity}</strong> {a.category}
                  {a.target === "text" && " (correction)"}: <q className="font-serif">{quoteOf(a)}</q>
                  {a.comment && <> — {a.comment}</>}
                </span>
                <span className="text-stone-600">{a.author.name}</span>
                {canAnnotate && a.canModify && (
                  <>
                    <button type="button" disabled={!settled} onClick={() => onEditing({ kind: "edit", annotation: a })} className="text-blue-800 underline" aria-label={`Edit annotation ${annotationLabel(a)}`}>
                      Edit
                    </button>
                    <button
                      type="button"
                      disabled={busy || !settled}
                      onClick={() => void run(api(contract.deleteAnnotation, { params: { id: a.id } }))}
                      className="text-red-800 underline"
                      aria-label={`Delete annotation ${annotationLabel(a)}`}
                    >
                      Delete
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
