"use client";

import { useState } from "react";
import { api } from "@/components/api";
import { contract, type LearnedFixView } from "@/lib/api/contract";

/** Learned fixes with their counts; reviewers promote one to the glossary. */
export function LearnedFixList({ initial, canPromote }: { initial: LearnedFixView[]; canPromote: boolean }) {
  const [fixes, setFixes] = useState(initial);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function promote(fix: LearnedFixView) {
    const result = await api(contract.promoteLearnedFix, { params: { id: fix.id } });
    if (!result.ok) return setMessage({ text: result.error.message, error: true });
    setFixes((current) => current.map((f) => (f.id === fix.id ? result.data : f)));
    setMessage({ text: `“${fix.to}” is in the glossary, with “${fix.from}” as a forbidden variant.`, error: false });
  }

  if (fixes.length === 0) return <p className="text-sm text-stone-600">No substitution has been made in two articles or by two editors yet.</p>;
  return (
    <>
      {message && <p role={message.error ? "alert" : "status"} className={`mb-2 text-sm ${message.error ? "text-red-700" : "text-green-800"}`}>{message.text}</p>}
      <table className="w-full bg-white text-sm" aria-label="Learned fixes">
        <thead>
          <tr className="border-b text-left text-stone-600">
            <th className="p-2">MT wrote</th><th className="p-2">Editors wrote</th><th className="p-2">Pair</th><th className="p-2 text-right">Articles</th><th className="p-2 text-right">Editors</th><th className="p-2">State</th><th className="p-2"><span className="sr-only">Action</span></th>
          </tr>
        </thead>
        <tbody>
          {fixes.map((fix) => (
            <tr key={fix.id} className="border-b border-stone-100" data-testid="learned-fix-row">
              <td className="p-2 font-serif"><del className="diff-del">{fix.from}</del></td>
              <td className="p-2 font-serif"><ins className="diff-ins">{fix.to}</ins></td>
              <td className="p-2">{fix.sourceLang}→{fix.targetLang}</td>
              <td className="p-2 text-right tabular-nums">{fix.articles}</td>
              <td className="p-2 text-right tabular-nums">{fix.editors}</td>
              <td className="p-2">{fix.promotedAt ? "in the glossary" : fix.active ? "QA warning" : "watching"}</td>
              <td className="p-2">
                {canPromote && !fix.promotedAt && (
                  <button type="button" onClick={() => void promote(fix)} className="text-blue-700 underline">Add “{fix.to}” to the glossary</button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
