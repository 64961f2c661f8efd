"use client";

// Download links for every export format. With JavaScript, a click downloads through fetch and shows
// a progress bar (large exports such as PDF take a while); without it, the plain `download` links work.

import { useEffect, useRef, useState, type MouseEvent } from "react";
import { contract } from "@/lib/api/contract";
import { endpointUrl, failureOf } from "@/components/api";

const formats = [
  { format: "txt", label: "Plain text (.txt)" },
  { format: "md", label: "Markdown (.md)" },
  { format: "html", label: "Web page (.html)" },
  { format: "docx", label: "Word (.docx)" },
  { format: "docx-tracked", label: "Word with tracked changes (.docx)" },
  { format: "redline", label: "Redline for print (.html)" },
  { format: "pdf", label: "Redline for print (.pdf)" },
  { format: "xliff", label: "XLIFF 2.0 (.xlf)" },
  { format: "xliff12", label: "XLIFF 1.2 (.xlf)" },
  { format: "json", label: "JSON with history (.json)" },
  { format: "csv", label: "History as CSV (.csv)" },
] as const;

/** Bytes received and the total from Content-Length (null when the server did not say). */
interface Progress {
  label: string;
  received: number;
  total: number | null;
}

/** The file name from a Content-Disposition header (`filename="…"`), else the fallback. */
function filenameFrom(disposition: string | null, fallback: string): string {
  const match = disposition?.match(/filename="([^"]+)"/) ?? disposition?.match(/filename=([^;]+)/);
  return match?.[1]?.trim() || fallback;
}

export function ExportMenu({ articleId }: { articleId: number }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const menu = useRef<HTMLDetailsElement>(null);

  // Closes on Esc (focus back on the button) and on a click or focus outside the menu.
  useEffect(() => {
    function close(returnFocus: boolean) {
      const details = menu.current;
      if (!details?.open) return;
      details.open = false;
      if (returnFocus) details.querySelector("summary")?.focus();
    }
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape" && menu.current?.contains(document.activeElement)) close(true);
    };
    const onOutside = (event: Event) => {
      if (event.target instanceof Node && !menu.current?.contains(event.target)) close(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onOutside);
    document.addEventListener("focusin", onOutside);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onOutside);
      document.removeEventListener("focusin", onOutside);
    };
  }, []);

  async function download(event: MouseEvent<HTMLAnchorElement>, format: string, label: string) {
    event.preventDefault();
    if (progress) return;
    const href = event.currentTarget.href;
    setError(null);
    setProgress({ label, received: 0, total: null });
    try {
      const response = await fetch(href);
      if (!response.ok) throw new Error((await failureOf(response)).error.message);
      // The uncompressed size the server announces, else Content-Length (absent when Next.js compresses).
      const length = Number(response.headers.get("X-Export-Size") ?? response.headers.get("Content-Length"));
      const total = Number.isFinite(length) && length > 0 ? length : null;
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let received = 0;
      const reader = response.body?.getReader();
      if (reader) {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          chunks.push(chunk.value);
          received += chunk.value.byteLength;
          setProgress({ label, received, total });
        }
      } else {
        chunks.push(new Uint8Array(await response.arrayBuffer()));
      }
      const blob = new Blob(chunks, { type: response.headers.get("Content-Type") ?? "application/octet-stream" });
      const url = URL.createObjectURL(blob);
      const link = document.createElement("a");
      link.href = url;
      link.download = filenameFrom(response.headers.get("Content-Disposition"), `article-${articleId}.${format}`);
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (caught) {
      setError(caught instanceof TypeError ? "Could not reach the server. Check your connection." : caught instanceof Error ? caught.message : "The export failed.");
    } finally {
      setProgress(null);
    }
  }

  return (
    <details ref={menu} className="relative">
      <summary className="cursor-pointer rounded border border-stone-300 bg-white px-3 py-1.5 text-sm">Export</summary>
      <div className="absolute right-0 z-20 mt-1 w-72 rounded border border-stone-200 bg-white p-1 text-sm shadow-lg">
        <ul>
          {formats.map(({ format, label }) => (
            <li key={format}>
              <a
                href={endpointUrl(contract.exportArticle, { id: articleId }, { format })}
                download
                onClick={(event) => void download(event, format, label)}
                aria-disabled={progress !== null}
                className="block rounded px-2 py-1 hover:bg-stone-100 aria-disabled:text-stone-400"
              >
                {label}
              </a>
            </li>
          ))}
        </ul>
        {progress && (
          <div className="px-2 py-1 text-xs text-stone-600">
            <div>Preparing {progress.label}…</div>
            <progress
              aria-label="Export progress"
              className="w-full"
              max={progress.total ?? undefined}
              value={progress.total === null ? undefined : progress.received}
            />
          </div>
        )}
        {error && (
          <p role="alert" className="px-2 py-1 text-xs text-red-700">
            {error}
          </p>
        )}
      </div>
    </details>
  );
}
