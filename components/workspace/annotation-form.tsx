"use client";

import { useState, type FormEvent } from "react";
import { mqmCategories, mqmSeverities, type MqmCategory, type MqmSeverity } from "@/lib/mqm/typology";

export interface AnnotationFields {
  category: MqmCategory;
  severity: MqmSeverity;
  comment: string;
}

interface Props {
  /** The annotated words, shown so the reviewer sees what they are classifying. */
  quote: string;
  initial?: AnnotationFields;
  busy: boolean;
  onSave: (fields: AnnotationFields) => void;
  onCancel: () => void;
}

/** Category, severity and an optional comment for one MQM error. */
export function AnnotationForm({ quote, initial, busy, onSave, onCancel }: Props) {
  const [category, setCategory] = useState<MqmCategory>(initial?.category ?? "Accuracy/Mistranslation");
  const [severity, setSeverity] = useState<MqmSeverity>(initial?.severity ?? "Minor");
  const [comment, setComment] = useState(initial?.comment ?? "");

  function submit(event: FormEvent) {
    event.preventDefault();
    onSave({ category, severity, comment: comment.trim() });
  }

  return (
    <form
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onCancel();
        }
      }}
      className="mt-1 flex flex-wrap items-end gap-2 rounded border border-stone-300 bg-stone-50 p-2 text-sm"
      aria-label="MQM annotation"
    >
      <p className="w-full">
        Error in <q className="font-serif">{quote}</q>
      </p>
      <Choice label="Category" options={mqmCategories} value={category} onChange={setCategory} autoFocus />
      <Choice label="Severity" options={mqmSeverities} value={severity} onChange={setSeverity} />
      <label className="flex flex-1 flex-col">
        Comment
        <input value={comment} maxLength={2000} onChange={(e) => setComment(e.target.value)} className="rounded border border-stone-300 bg-white px-1 py-0.5" />
      </label>
      <button type="submit" disabled={busy} className="rounded bg-stone-900 px-2 py-1 text-white disabled:opacity-50">Save annotation</button>
      <button type="button" onClick={onCancel} className="text-stone-700 underline">Cancel</button>
    </form>
  );
}

function Choice<T extends string>({ label, options, value, onChange, autoFocus }: { label: string; options: readonly T[]; value: T; onChange: (value: T) => void; autoFocus?: boolean }) {
  return (
    <label className="flex flex-col">
      {label}
      <select autoFocus={autoFocus} value={value} onChange={(e) => onChange(options.find((o) => o === e.target.value) ?? value)} className="rounded border border-stone-300 bg-white px-1 py-0.5">
        {options.map((o) => (
          <option key={o} value={o}>{o}</option>
        ))}
      </select>
    </label>
  );
}
