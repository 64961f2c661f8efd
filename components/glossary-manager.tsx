"use client";

import { useState, type ChangeEvent } from "react";
import type { GlossaryTermView } from "@/lib/api-types";
import { contract } from "@/lib/api/contract";
import { api } from "./api";

interface Draft {
  term: string;
  forbidden: string;
  originalTerm: string;
  note: string;
}

const emptyDraft: Draft = { term: "", forbidden: "", originalTerm: "", note: "" };

function toBody(draft: Draft) {
  return {
    term: draft.term,
    forbidden: draft.forbidden.split("|").map((v) => v.trim()).filter((v) => v !== ""),
    originalTerm: draft.originalTerm.trim() || null,
    note: draft.note.trim() || null,
  };
}

function toDraft(term: GlossaryTermView): Draft {
  return { term: term.term, forbidden: term.forbidden.join(" | "), originalTerm: term.originalTerm ?? "", note: term.note ?? "" };
}

const byTerm = (a: GlossaryTermView, b: GlossaryTermView) => a.term.localeCompare(b.term);

function TermFields({ draft, onChange, idPrefix }: { draft: Draft; onChange: (draft: Draft) => void; idPrefix: string }) {
  const field = (name: keyof Draft, label: string, hint?: string) => (
    <label className="block flex-1 text-sm" htmlFor={`${idPrefix}-${name}`}>
      <span className="font-medium">{label}</span>
      {hint && <span className="ml-1 text-stone-600">{hint}</span>}
      <input
        id={`${idPrefix}-${name}`}
        value={draft[name]}
        required={name === "term"}
        maxLength={name === "note" ? 2000 : 1000}
        onChange={(e) => onChange({ ...draft, [name]: e.target.value })}
        className="mt-1 w-full rounded border border-stone-300 px-2 py-1.5"
      />
    </label>
  );
  return (
    <div className="flex flex-wrap gap-2">
      {field("term", "Preferred term")}
      {field("forbidden", "Forbidden variants", "(separate with |)")}
      {field("originalTerm", "Original term")}
      {field("note", "Note")}
    </div>
  );
}

/** The installation glossary: the terms table, add/edit/delete, CSV upload and downloads. */
export function GlossaryManager({ initial, canEdit }: { initial: GlossaryTermView[]; canEdit: boolean }) {
  const [terms, setTerms] = useState(initial);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [editing, setEditing] = useState<{ id: number; draft: Draft } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [replace, setReplace] = useState(false);

  async function add() {
    setError(null);
    const result = await api(contract.createGlossaryTerm, { body: toBody(draft) });
    if (!result.ok) return setError(result.error.message);
    setTerms((list) => [...list, result.data].sort(byTerm));
    setDraft(emptyDraft);
    setNotice(`Added “${result.data.term}”.`);
  }

  async function save() {
    if (!editing) return;
    setError(null);
    const result = await api(contract.updateGlossaryTerm, { params: { id: editing.id }, body: toBody(editing.draft) });
    if (!result.ok) return setError(result.error.message);
    setTerms((list) => list.map((t) => (t.id === result.data.id ? result.data : t)).sort(byTerm));
    setEditing(null);
    setNotice(`Saved “${result.data.term}”.`);
  }

  async function remove(term: GlossaryTermView) {
    if (!window.confirm(`Delete the term “${term.term}”?`)) return;
    setError(null);
    const result = await api(contract.deleteGlossaryTerm, { params: { id: term.id } });
    if (!result.ok) return setError(result.error.message);
    setTerms((list) => list.filter((t) => t.id !== term.id));
    setNotice(`Deleted “${term.term}”.`);
  }

  async function upload(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setError(null);
    setNotice(null);
    const response = await api(contract.importGlossary, {
      query: { mode: replace ? "replace" : "merge" },
      upload: { data: await file.text(), contentType: "text/csv" },
    });
    input.value = "";
    if (!response.ok) return setError(response.error.message);
    const result = response.data;
    setNotice(`Imported ${file.name}: ${result.created} added, ${result.updated} updated${result.deleted ? `, ${result.deleted} removed` : ""}; ${result.total} terms.`);
    const fresh = await api(contract.listGlossary, {});
    if (fresh.ok) setTerms(fresh.data.terms);
  }

  return (
    <div className="space-y-5">
      <div className="flex flex-wrap items-center gap-3 text-sm">
        <a href="/api/v1/glossary/export?format=csv" className="rounded border border-stone-300 bg-white px-3 py-1.5">Download CSV</a>
        <a href="/api/v1/glossary/export?format=tbx" className="rounded border border-stone-300 bg-white px-3 py-1.5">Download TBX</a>
        {canEdit && (
          <>
            <label className="cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5">
              Upload CSV
              <input type="file" accept=".csv,text/csv" className="sr-only" onChange={upload} aria-label="Upload CSV" />
            </label>
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
              Replace the whole glossary (otherwise merge)
            </label>
          </>
        )}
      </div>
      <p className="text-xs text-stone-600">CSV columns: term, forbidden (variants separated by |), original_term, note.</p>

      {canEdit && (
        <form
          aria-label="Add a term"
          className="space-y-2 rounded border border-stone-200 bg-white p-3"
          onSubmit={(e) => {
            e.preventDefault();
            void add();
          }}
        >
          <TermFields draft={draft} onChange={setDraft} idPrefix="new" />
          <button type="submit" className="rounded bg-stone-900 px-4 py-1.5 text-sm text-white">Add term</button>
        </form>
      )}
      <p role="alert" aria-live="polite" className="text-sm text-red-700">{error}</p>
      <p aria-live="polite" className="text-sm text-green-800">{notice}</p>

      {terms.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-4 text-sm text-stone-600">
          The glossary is empty{canEdit ? ": add a term above or upload a CSV." : "."}
        </p>
      ) : (
        <table className="w-full bg-white text-sm" aria-label="Glossary terms">
          <thead>
            <tr className="border-b text-left text-stone-600">
              <th className="p-2">Term</th><th className="p-2">Forbidden variants</th><th className="p-2">Original term</th><th className="p-2">Note</th>
              {canEdit && <th className="p-2"><span className="sr-only">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {terms.map((term) =>
              editing?.id === term.id ? (
                <tr key={term.id} className="border-b border-stone-100" data-testid="glossary-term">
                  <td colSpan={canEdit ? 5 : 4} className="p-2">
                    <form
                      aria-label={`Edit ${term.term}`}
                      className="space-y-2"
                      onSubmit={(e) => {
                        e.preventDefault();
                        void save();
                      }}
                    >
                      <TermFields draft={editing.draft} onChange={(d) => setEditing({ id: term.id, draft: d })} idPrefix={`edit-${term.id}`} />
                      <button type="submit" className="rounded bg-stone-900 px-3 py-1 text-white">Save</button>
                      <button type="button" onClick={() => setEditing(null)} className="ml-2 underline">Cancel</button>
                    </form>
                  </td>
                </tr>
              ) : (
                <tr key={term.id} className="border-b border-stone-100" data-testid="glossary-term">
                  <td className="p-2 font-medium" dir="auto">{term.term}</td>
                  <td className="p-2 text-red-800" dir="auto">{term.forbidden.join(", ")}</td>
                  <td className="p-2" dir="auto">{term.originalTerm}</td>
                  <td className="p-2 text-stone-600" dir="auto">{term.note}</td>
                  {canEdit && (
                    <td className="whitespace-nowrap p-2 text-right">
                      <button type="button" onClick={() => setEditing({ id: term.id, draft: toDraft(term) })} className="underline">Edit</button>
                      <button type="button" onClick={() => void remove(term)} className="ml-3 text-red-700 underline">Delete</button>
                    </td>
                  )}
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
    </div>
  );
}
