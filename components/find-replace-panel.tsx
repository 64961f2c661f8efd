"use client";

import { AppLink } from "@/components/app-link";
import { useState } from "react";
import type { FindReplacePreview, FindReplaceResult } from "@/lib/find-replace";
import { contract } from "@/lib/api/contract";
import { selectedText, type SkippedMatches } from "@/lib/replace-selection";
import { api } from "@/components/api";
import { DiffView } from "@/components/diff-view";
import { RevertChangeSetButton } from "@/components/find-replace-revert-button";

interface Query {
  find: string;
  replace: string;
  regex: boolean;
  caseSensitive: boolean;
  wholeWord: boolean;
}

/** Find and replace across an article: preview every hit with its diff, then apply them all as one change set. */
export function FindReplacePanel({ articleId }: { articleId: number }) {
  const [query, setQuery] = useState<Query>({ find: "", replace: "", regex: false, caseSensitive: false, wholeWord: false });
  const [preview, setPreview] = useState<FindReplacePreview | null>(null);
  const [applied, setApplied] = useState<FindReplaceResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Matches the editor unticked (left as they are), by sentence id.
  const [skip, setSkip] = useState<SkippedMatches>({});

  function toggle(sentenceId: number, start: number, on: boolean) {
    setSkip((current) => {
      const key = String(sentenceId);
      const rest = (current[key] ?? []).filter((s) => s !== start);
      return { ...current, [key]: on ? rest : [...rest, start] };
    });
  }

  function change(patch: Partial<Query>) {
    setQuery((current) => ({ ...current, ...patch }));
    setPreview(null); // a preview is only good for the query it was made for
  }

  async function runPreview(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setApplied(null);
    const result = await api(contract.previewFindReplace, { params: { id: articleId }, body: query });
    setBusy(false);
    if (result.ok) {
      setPreview(result.data);
      setSkip({});
    } else setError(result.error.message);
  }

  async function apply() {
    if (!preview) return;
    setBusy(true);
    setError(null);
    const versions = Object.fromEntries(preview.hits.map((hit) => [String(hit.sentenceId), hit.version]));
    const result = await api(contract.applyFindReplace, { params: { id: articleId }, body: { ...query, versions, skip } });
    setBusy(false);
    if (result.ok) {
      setApplied(result.data);
      setPreview(null);
    } else {
      setError(result.error.message);
      if (result.status === 409) setPreview(null);
    }
  }

  const box = "rounded border border-stone-300 px-2 py-1";
  return (
    <div className="space-y-4">
      <form onSubmit={runPreview} className="space-y-3 rounded bg-white p-4 shadow-sm" aria-label="Find and replace">
        <div className="grid gap-3 sm:grid-cols-2">
          <label className="flex flex-col gap-1 text-sm">
            Find
            <input value={query.find} onChange={(e) => change({ find: e.target.value })} className={box} required maxLength={500} />
          </label>
          <label className="flex flex-col gap-1 text-sm">
            Replace with
            <input value={query.replace} onChange={(e) => change({ replace: e.target.value })} className={box} maxLength={500} />
          </label>
        </div>
        <div className="flex flex-wrap items-center gap-4 text-sm">
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={query.regex} onChange={(e) => change({ regex: e.target.checked })} /> Regex
          </label>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={query.caseSensitive} onChange={(e) => change({ caseSensitive: e.target.checked })} /> Match case
          </label>
          <label className="flex items-center gap-1">
            <input type="checkbox" checked={query.wholeWord} onChange={(e) => change({ wholeWord: e.target.checked })} /> Whole word
          </label>
          <button type="submit" disabled={busy || query.find === ""} className="ml-auto rounded border border-stone-300 bg-white px-3 py-1 disabled:opacity-50">
            Preview
          </button>
          <button
            type="button"
            onClick={apply}
            disabled={busy || !preview || preview.hits.length === 0}
            className="rounded bg-red-700 px-3 py-1 text-white disabled:opacity-50"
          >
            Apply
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {preview && (
        <section aria-label="Preview">
          <p className="mb-2 text-sm text-stone-600" data-testid="replace-summary">
            {preview.total === 0
              ? "No matches."
              : `${preview.total} ${preview.total === 1 ? "match" : "matches"} in ${preview.hits.length} ${preview.hits.length === 1 ? "sentence" : "sentences"}`}
          </p>
          <ol className="space-y-2">
            {preview.hits.map((hit) => (
              <li key={hit.sentenceId} data-testid="replace-hit" className="rounded bg-white p-3 text-sm shadow-sm">
                <div className="text-stone-700">Sentence {hit.number}</div>
                <p className="font-serif">
                  <DiffView before={hit.before} after={selectedText(hit, skip[String(hit.sentenceId)] ?? [])} />
                </p>
                <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1" aria-label={`Matches in sentence ${hit.number}`}>
                  {hit.matches.map((match, index) => (
                    <li key={match.start}>
                      <label className="flex items-center gap-1">
                        <input
                          type="checkbox"
                          checked={!(skip[String(hit.sentenceId)] ?? []).includes(match.start)}
                          onChange={(event) => toggle(hit.sentenceId, match.start, event.target.checked)}
                        />
                        Replace “{match.match}”{hit.matches.length > 1 ? ` (${index + 1} of ${hit.matches.length})` : ""}
                      </label>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      )}
      {applied && (
        <section role="status" aria-label="Applied" className="space-y-2 rounded bg-white p-4 text-sm shadow-sm">
          <p>
            Done: <span className="font-medium">{applied.changeSet.description}</span>.
          </p>
          <div className="flex flex-wrap items-center gap-4">
            <AppLink href={`/articles/${articleId}`} className="text-blue-700 underline">
              Back to the article
            </AppLink>
            <RevertChangeSetButton changeSetId={applied.changeSet.id} />
          </div>
        </section>
      )}
    </div>
  );
}
