"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { contract, type RevertAuthorResult } from "@/lib/api/contract";
import type { SentenceRef } from "@/lib/find-replace";
import { api } from "@/components/api";

const name = (ref: SentenceRef) => (ref.number === null ? "a sentence since split or merged" : `sentence ${ref.number}`);

/** For reviewers: reverts everything one author changed in the article within a span (times in UTC). */
export function RevertAuthorForm(props: { articleId: number; authors: { id: number; name: string }[]; authorId?: number; from?: string; to?: string }) {
  const router = useRouter();
  const [authorId, setAuthorId] = useState(String(props.authorId ?? props.authors[0]?.id ?? ""));
  const [from, setFrom] = useState(props.from ?? "");
  const [to, setTo] = useState(props.to ?? "");
  const [result, setResult] = useState<RevertAuthorResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError(null);
    setResult(null);
    const body = { authorId: Number(authorId), from: `${from}Z`, to: `${to}Z` };
    const response = await api(contract.revertAuthor, { params: { id: props.articleId }, body });
    if (!response.ok) return setError(response.error.message);
    setResult(response.data);
    router.refresh();
  }

  const box = "rounded border border-stone-300 px-2 py-1";
  return (
    <form onSubmit={submit} className="space-y-2 rounded bg-white p-3 text-sm shadow-sm" aria-label="Revert this author's changes in this span">
      <h2 className="font-semibold">Revert this author&apos;s changes in this span</h2>
      <div className="flex flex-wrap items-end gap-3">
        <label className="flex flex-col gap-1">
          Author
          <select value={authorId} onChange={(e) => setAuthorId(e.target.value)} className={box} required>
            {props.authors.map((person) => (
              <option key={person.id} value={person.id}>{person.name}</option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          From (UTC)
          <input type="datetime-local" step="1" value={from} onChange={(e) => setFrom(e.target.value)} className={box} required />
        </label>
        <label className="flex flex-col gap-1">
          To (UTC)
          <input type="datetime-local" step="1" value={to} onChange={(e) => setTo(e.target.value)} className={box} required />
        </label>
        <button type="submit" className="rounded bg-red-700 px-3 py-1 text-white">Revert</button>
      </div>
      {error && <p role="alert" className="text-red-700">{error}</p>}
      {result && (
        <div role="status">
          <p>
            {result.reverted.length === 0
              ? "Nothing to revert."
              : `Reverted ${result.reverted.map(name).join(", ")}.`}
          </p>
          {result.skipped.length > 0 && (
            <ul className="list-disc pl-5 text-stone-700">
              {result.skipped.map((skip) => (
                <li key={skip.sentenceId}>Skipped {name(skip)}: {skip.reason}.</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}
