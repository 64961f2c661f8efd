"use client";

import { useEffect, useRef, useState } from "react";
import type { SentenceView } from "@/lib/api-types";
import { callApi } from "@/components/api-client";
import { AnnotationForm, type AnnotationFields } from "./annotation-form";
import { annotationLabel, MarkedText, selectedSpan, type SelectedSpan } from "./annotation-marks";
import { reloadAnnotations, useAnnotations, type AnnotationView } from "./annotation-store";

interface Props {
  sentence: SentenceView;
  /** Reviewers and editors may annotate (and change their own annotations; reviewers any). */
  canAnnotate: boolean;
}

type Editing = { kind: "new"; span: SelectedSpan } | { kind: "edit"; annotation: AnnotationView } | null;

/** MQM error annotations of one sentence: the Annotate action on a selection, the annotated text, the list. */
export function AnnotationLayer({ sentence, canAnnotate }: Props) {
  const { annotations: all } = useAnnotations(sentence.articleId);
  const annotations = all.filter((a) => a.sentenceId === sentence.id);
  const root = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState<SelectedSpan | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const texts = { source: sentence.sourceText, text: sentence.text };

  useEffect(() => {
    if (!canAnnotate) return;
    const onChange = () => {
      const row = root.current?.closest('[data-testid="sentence"]');
      setSelection(row ? selectedSpan(row, { source: sentence.sourceText, text: sentence.text }) : null);
    };
    document.addEventListener("selectionchange", onChange);
    return () => document.removeEventListener("selectionchange", onChange);
  }, [canAnnotate, sentence.sourceText, sentence.text]);

  async function run(request: Promise<{ ok: boolean; error?: { message: string } }>) {
    setBusy(true);
    const result = await request;
    setBusy(false);
    if (!result.ok) return setError(result.error?.message ?? "Not saved.");
    setError(null);
    setEditing(null);
    await reloadAnnotations(sentence.articleId);
  }

  function save(fields: AnnotationFields) {
    if (!editing) return;
    const body = { category: fields.category, severity: fields.severity, comment: fields.comment };
    void run(
      editing.kind === "new"
        ? callApi(`/api/v1/sentences/${sentence.id}/annotations`, { method: "POST", body: { ...editing.span, ...body } })
        : callApi(`/api/v1/annotations/${editing.annotation.id}`, { method: "PATCH", body: { ...body, comment: fields.comment || null } }),
    );
  }

  const quoteOf = (a: { target: "source" | "text"; start: number; end: number }) => texts[a.target].slice(a.start, a.end);
  const onSource = annotations.filter((a) => a.target === "source");
  const onText = annotations.filter((a) => a.target === "text");

  return (
    <div ref={root} className="col-start-2 text-sm md:col-span-2" data-testid="annotations">
      {canAnnotate && selection && !editing && (
        <button
          type="button"
          // Keep the selection: the click must not collapse it before it is read.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setEditing({ kind: "new", span: selection })}
          className="rounded bg-amber-100 px-2 py-0.5 text-amber-900 ring-1 ring-amber-300"
        >
          Annotate
        </button>
      )}
      {editing && (
        <AnnotationForm
          key={editing.kind === "new" ? "new" : editing.annotation.id}
          quote={quoteOf(editing.kind === "new" ? editing.span : editing.annotation)}
          initial={editing.kind === "edit" ? { ...editing.annotation, comment: editing.annotation.comment ?? "" } : undefined}
          busy={busy}
          onSave={save}
          onCancel={() => setEditing(null)}
        />
      )}
      {error && <p role="alert" className="mt-1 text-red-700">{error}</p>}
      {annotations.length > 0 && (
        <div className="mt-2 rounded bg-amber-50/60 p-2">
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
                <span className="text-stone-500">{a.author.name}</span>
                {canAnnotate && a.canModify && (
                  <>
                    <button type="button" onClick={() => setEditing({ kind: "edit", annotation: a })} className="text-blue-700 underline" aria-label={`Edit annotation ${annotationLabel(a)}`}>
                      Edit
                    </button>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() => void run(callApi(`/api/v1/annotations/${a.id}`, { method: "DELETE" }))}
                      className="text-red-700 underline"
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
