// Uploads a file as the raw request body with XMLHttpRequest, which (unlike fetch) reports upload progress.
import type { ApiResult } from "./api-client";

export interface UploadOptions {
  title?: string;
  sourceLang?: string;
  targetLang?: string;
  mtEngine?: string;
}

export function uploadFile<T>(
  path: string,
  file: File,
  options: UploadOptions,
  onProgress: (loaded: number, total: number) => void,
): Promise<ApiResult<T>> {
  const query = new URLSearchParams({ filename: file.name });
  for (const [key, value] of Object.entries(options)) if (value) query.set(key, value);
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${path}?${query}`);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () =>
      resolve({ ok: false, status: 0, error: { code: "network", message: "Could not reach the server. Check your connection." }, body: {} });
    xhr.onload = () => {
      let body: unknown = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = {};
      }
      if (xhr.status >= 200 && xhr.status < 300) return resolve({ ok: true, status: xhr.status, data: body as T });
      const record = (typeof body === "object" && body !== null ? body : {}) as Record<string, unknown>;
      const error = record.error as { code?: string; message?: string } | undefined;
      resolve({
        ok: false,
        status: xhr.status,
        error: { code: error?.code ?? "error", message: error?.message ?? `The server answered ${xhr.status}.` },
        body: record,
      });
    };
    xhr.send(file);
  });
}
