"use client";

import { useState } from "react";
import { api } from "@/components/api";
import { contract } from "@/lib/api/contract";

/** Uploads a TMX file into the correction memory and says what was imported. */
export function TmxImportForm() {
  const [result, setResult] = useState<{ text: string; error: boolean } | null>(null);
  const [pending, setPending] = useState(false);

  async function onChange(file: File | undefined) {
    if (!file) return;
    setPending(true);
    const answer = await api(contract.importMemory, { upload: { data: file, contentType: "application/xml" } });
    setPending(false);
    if (!answer.ok) return setResult({ text: `${file.name}: ${answer.error.message}`, error: true });
    const { imported, duplicates, skipped } = answer.data;
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
