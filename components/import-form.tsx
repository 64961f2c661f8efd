"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { contract } from "@/lib/api/contract";
import type { ImportPreview } from "@/lib/import-preview";
import { formatBytes, maxFileBytes, maxTextBytes } from "@/lib/api/limits";
import { api } from "./api";
import { ImportPreviewPanel } from "./import-preview";
import { uploadFile } from "./import-upload";

const fileTypes = ".txt,.md,.markdown,.html,.htm,.docx,.xlf,.xliff,text/plain,text/markdown,text/html";

export function ImportForm() {
  const router = useRouter();
  const [title, setTitle] = useState("");
  const [sourceLang, setSourceLang] = useState("");
  const [targetLang, setTargetLang] = useState("");
  const [engine, setEngine] = useState("");
  const [text, setText] = useState("");
  const [originalText, setOriginalText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [progress, setProgress] = useState<{ loaded: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [dragging, setDragging] = useState(false);

  const fileInput = useRef<HTMLInputElement>(null);
  // An error moves focus to the file field (where it is shown) and brings it into view.
  useEffect(() => {
    if (!error) return;
    fileInput.current?.focus();
    document.getElementById("import-error")?.scrollIntoView({ block: "nearest" });
  }, [error]);

  const options = () => ({ title: title.trim(), sourceLang: sourceLang.trim(), targetLang: targetLang.trim(), mtEngine: engine.trim() });

  async function send<E extends typeof contract.previewImport | typeof contract.importUpload>(endpoint: E, chosen: File) {
    setPending(true);
    setProgress({ loaded: 0, total: chosen.size });
    const result = await uploadFile(endpoint, chosen, options(), (loaded, total) => setProgress({ loaded, total }));
    setProgress(null);
    setPending(false);
    return result;
  }

  async function showPreview(chosen: File) {
    setError(null);
    const result = await send(contract.previewImport, chosen);
    if (!result.ok) {
      setPreview(null);
      return setError(`${chosen.name}: ${result.error.message}`);
    }
    setPreview(result.data);
    if (!targetLang.trim()) setTargetLang(result.data.targetLang);
  }

  /** Plain text goes into the text box to be edited; other formats (Markdown too: its markers are structure) are read by the server. */
  async function readFile(chosen: File | undefined) {
    setError(null);
    setPreview(null);
    setFile(null);
    if (!chosen) return;
    if (chosen.size === 0) return setError(`${chosen.name}: The file is empty.`);
    if (/\.txt$/i.test(chosen.name)) {
      if (chosen.size > maxTextBytes) return setError(`${chosen.name} is larger than ${formatBytes(maxTextBytes)}. Split the article and import it in parts.`);
      const bytes = new Uint8Array(await chosen.arrayBuffer());
      if (bytes.includes(0)) return setError(`${chosen.name}: This file holds binary data, not text.`);
      try {
        return setText(new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, ""));
      } catch {
        return setError(`${chosen.name}: This file is not UTF-8 text. Save it as UTF-8 and import it again.`);
      }
    }
    if (!/\.(md|markdown|html?|docx|xlf|xliff)$/i.test(chosen.name)) return setError(`${chosen.name}: Choose a .txt, .md, .html, .docx or .xlf file.`);
    if (chosen.size > maxFileBytes) return setError(`${chosen.name} is larger than ${formatBytes(maxFileBytes)}. Split the article and import it in parts.`);
    setFile(chosen);
    await showPreview(chosen);
  }

  async function importFile(chosen: File) {
    const result = await send(contract.importUpload, chosen);
    if (!result.ok) return setError(`${chosen.name}: ${result.error.message}`);
    router.push(`/articles/${result.data.id}`);
  }

  async function importText() {
    if (!text.trim()) return setError("Paste the article or choose a file first.");
    const { title: givenTitle, sourceLang: source, targetLang: target, mtEngine: givenEngine } = options();
    const body = { title: givenTitle || undefined, text, sourceLang: source || undefined, targetLang: target || undefined, mtEngine: givenEngine || undefined };
    setPending(true);
    const result = await api(contract.createArticle, { body });
    if (result.ok && originalText.trim()) {
      const aligned = await api(contract.setOriginal, {
        params: { id: result.data.id },
        body: { text: originalText, lang: source || undefined },
      });
      if (!aligned.ok) {
        setPending(false);
        return setError(`The article was imported, but its original text was not: ${aligned.error.message}`);
      }
    }
    setPending(false);
    if (!result.ok) return setError(result.error.message);
    router.push(`/articles/${result.data.id}`);
  }

  async function submit() {
    setError(null);
    if (file && preview) return importFile(file);
    return importText();
  }

  return (
    <form action={submit} className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="block sm:col-span-3">
          <span className="text-sm font-medium">Title</span>
          <input name="title" value={title} onChange={(e) => setTitle(e.target.value)} maxLength={300} placeholder="Leave empty to use the first line" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">Original language</span>
          <input name="sourceLang" value={sourceLang} onChange={(e) => setSourceLang(e.target.value)} placeholder="e.g. fr" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">Translation language</span>
          <input name="targetLang" value={targetLang} onChange={(e) => setTargetLang(e.target.value)} placeholder="en" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <label className="block">
          <span className="text-sm font-medium">MT engine</span>
          <input name="mtEngine" value={engine} onChange={(e) => setEngine(e.target.value)} maxLength={100} placeholder="e.g. deepl" className="mt-1 w-full rounded border border-stone-300 px-3 py-2" />
        </label>
        <div
          role="region"
          aria-label="Drop a file here"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void readFile(e.dataTransfer.files[0]);
          }}
          className={`rounded border-2 border-dashed p-2 ${dragging ? "border-stone-900 bg-stone-100" : "border-stone-300"}`}
        >
          <label className="block">
            <span className="text-sm font-medium">File (.txt, .md, .html, .docx, .xlf)</span>
            <input ref={fileInput} type="file" accept={fileTypes} aria-describedby="import-error" onChange={(e) => readFile(e.target.files?.[0])} className="mt-1 block w-full text-sm" />
          </label>
          <p className="mt-1 text-xs text-stone-600">or drop a file here</p>
        </div>
      </div>
      {/* Beside the file field, so an error about a file is seen where the file was chosen. */}
      <p role="alert" id="import-error" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {error}
      </p>
      {progress && (
        <label className="block text-sm">
          <span>Uploading…</span>
          <progress aria-label="Upload progress" value={progress.loaded} max={progress.total || 1} className="ml-2 w-64 align-middle" />
        </label>
      )}
      {preview && file ? (
        <div className="space-y-2">
          <ImportPreviewPanel preview={preview} />
          <button type="button" disabled={pending} onClick={() => showPreview(file)} className="rounded border border-stone-400 px-3 py-1 text-sm disabled:opacity-60">
            Re-split
          </button>
        </div>
      ) : (
        <>
          <TextBox label="Machine-translated text" name="text" value={text} onChange={setText} rows={16} placeholder="Paste the article here. Blank lines separate paragraphs." />
          <TextBox
            label="Original text (optional)"
            name="originalText"
            value={originalText}
            onChange={setOriginalText}
            rows={6}
            placeholder="Paste the article in its original language to show it beside each sentence."
          />
        </>
      )}
      <button type="submit" disabled={pending} className="rounded bg-stone-900 px-4 py-2 font-medium text-white disabled:opacity-60">
        {pending ? "Importing…" : "Import"}
      </button>
    </form>
  );
}

function TextBox(props: { label: string; name: string; value: string; onChange: (value: string) => void; rows: number; placeholder: string }) {
  return (
    <label className="block">
      <span className="text-sm font-medium">{props.label}</span>
      <textarea
        name={props.name}
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        rows={props.rows}
        dir="auto"
        placeholder={props.placeholder}
        className="mt-1 w-full rounded border border-stone-300 px-3 py-2 font-serif"
      />
    </label>
  );
}
