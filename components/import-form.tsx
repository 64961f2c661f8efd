"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "./api-client";

const maxBytes = 2 * 1024 * 1024;

export function ImportForm() {
  const router = useRouter();
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function readFile(file: File | undefined) {
    setError(null);
    if (!file) return;
    if (!/\.(txt|md)$/i.test(file.name)) return setError("Choose a .txt or .md file.");
    if (file.size > maxBytes) return setError(`${file.name} is larger than 2 MB. Split the article and import it in parts.`);
    setText(await file.text());
  }

  async function submit(form: FormData) {
    setError(null);
    const body = {
      title: String(form.get("title") ?? "").trim() || undefined,
      text,
      sourceLang: String(form.get("sourceLang") ?? "").trim() || undefined,
      targetLang: String(form.get("targetLang") ?? "").trim() || undefined,
    };
    if (!text.trim()) return setError("Paste the article or choose a file first.");
    setPending(true);
    const result = await callApi<{ id: number }>("/api/v1/articles", { method: "POST", body });
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    router.push(`/articles/${result.data.id}`);
  }

  return (
    <form action={submit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="block sm:col-span-3">
          <span className="text-sm font-medium">Title</span>
          <input name="title" maxLength={300} placeholder="Leave empty to use the first line" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">Original language</span>
          <input name="sourceLang" placeholder="e.g. fr" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">Translation language</span>
          <input name="targetLang" placeholder="en" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">File (.txt, .md, up to 2 MB)</span>
          <input type="file" accept=".txt,.md,text/plain,text/markdown" onChange={(e) => readFile(e.target.files?.[0])} className="mt-1 block w-full text-sm" />
        </label>
      </div>
      <label className="block">
        <span className="text-sm font-medium">Machine-translated text</span>
        <textarea
          name="text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={16}
          dir="auto"
          placeholder="Paste the article here. Blank lines separate paragraphs."
          className="mt-1 w-full rounded border border-stone-300 px-3 py-2 font-serif"
        />
      </label>
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}
