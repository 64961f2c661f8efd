"use client";

import { useState } from "react";
import type { TmxImportView } from "@/lib/memory";

function isImportView(body: unknown): body is TmxImportView {
  return typeof body === "object" && body !== null && "imported" in body && "skipped" in body;
}

function errorMessage(body: unknown): string | null {
  if (typeof body !== "object" || body === null || !("error" in body)) return null;
  const error = body.error;
  return typeof error === "object" && error !== null && "message" in error && typeof error.message === "string" ? error.message : null;
}

/** Uploads a TMX file into the correction memory and says what was imported. */
export function TmxImportForm() {
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, setPending] = useState(false);

  async function onChange(file: File | undefined) {
    if (!file) return;
    setPending(true);
    const response = await fetch("/api/v1/memory/import", { method: "POST", headers: { "Content-Type": "application/xml" }, body: file }).catch(() => null);
    setPending(false);
    const body: unknown = await response?.json().catch(() => null);
    if (!response?.ok || !isImportView(body)) {
      const message = response ? errorMessage(body) ?? `The server answered ${response.status}.` : "Could not reach the server.";
      return setResult({ text: `${file.name}: ${message}`, error: true });
    }
    const { imported, duplicates, skipped } = body;
    setResult({ text: `${file.name}: ${imported} pairs imported, ${duplicates} already in the memory, ${skipped.length} skipped.`, error: false });
  }

  return (
    <div className="text-sm">
      <label className="flex items-center gap-2">
        Import a TMX file
        <input type="file" accept=".tmx,application/xml,text/xml" disabled={pending} onChange={(event) => void onChange(event.target.files?.[0])} />
      </label>
      {result && <p role={result.error ? "alert" : "status"} className={result.error ? "text-red-700" : "text-green-800"}>{result.text}</p>}
    </div>
  );
}
