"use client";

import { useCallback, useEffect, useState } from "react";
import { contract, type ArticleComparison } from "@/lib/api/contract";
import { api } from "@/components/api";
import { DiffView } from "@/components/diff-view";

/** `datetime-local` value (local time, to the second) for a date. */
function localInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The article as of two points in time, with a word-level redline between them. */
export function CompareArticle({ articleId, createdAt }: { articleId: number; createdAt: string }) {
  const [from, setFrom] = useState("");
  const [to, setTo] = useState("");
  const [onlyChanged, setOnlyChanged] = useState(true);
  const [result, setResult] = useState<ArticleComparison | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = useCallback(
    async (fromValue: string, toValue: string) => {
      setError(null);
      const response = await api(contract.compareArticle, { params: { id: articleId }, query: { from: new Date(fromValue).toISOString(), to: new Date(toValue).toISOString() } });
      if (response.ok) setResult(response.data);
      else setError(response.error.message);
    },
    [articleId],
  );

  // The last day by default, shown at once; local times depend on the browser's time zone, so after hydration.
  useEffect(() => {
    // Not before the import (the form counts whole seconds): "from" is then the article as imported.
    const imported = new Date(createdAt).getTime() + 1000;
    const start = localInput(new Date(Math.max(imported, Date.now() - 24 * 3600_000)));
    const end = localInput(new Date(Date.now() + 60_000));
    setFrom(start);
    setTo(end);
    void run(start, end);
  }, [createdAt, run]);

  async function compare(event: React.FormEvent) {
    event.preventDefault();
    await run(from, to);
  }

  const shown = result ? result.sentences.filter((sentence) => !onlyChanged || sentence.from !== sentence.to) : [];
  return (
    <div className="space-y-4">
      <form onSubmit={compare} className="flex flex-wrap items-end gap-4 rounded bg-white p-4 text-sm shadow-sm" aria-label="Compare two points in time">
        <label className="flex flex-col gap-1">
          From
          <input type="datetime-local" step="1" value={from} onChange={(e) => setFrom(e.target.value)} required className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="flex flex-col gap-1">
          To
          <input type="datetime-local" step="1" value={to} onChange={(e) => setTo(e.target.value)} required className="rounded border border-stone-300 px-2 py-1" />
        </label>
        <label className="flex items-center gap-1">
          <input type="checkbox" checked={onlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} /> Only changed sentences
        </label>
        <button type="submit" className="rounded border border-stone-300 bg-white px-3 py-1">Compare</button>
      </form>
      {error && <p role="alert" className="text-sm text-red-700">{error}</p>}
      {result && (
        <section aria-label="Redline">
          <p className="mb-2 text-sm text-stone-600" data-testid="compare-summary">
            {result.changed} of {result.sentences.length} sentences differ.
          </p>
          <ol className="space-y-2">
            {shown.map((sentence) => (
              <li key={sentence.sentenceId} data-testid="compare-sentence" className="rounded bg-white p-3 font-serif shadow-sm">
                {sentence.from === null && <span className="mr-2 font-sans text-xs text-green-800">added</span>}
                {sentence.to === null && <span className="mr-2 font-sans text-xs text-red-800">removed</span>}
                <DiffView before={sentence.from ?? ""} after={sentence.to ?? ""} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
