// Uploads a file as the raw request body with XMLHttpRequest, which (unlike fetch) reports upload progress.
import type { Endpoint, ResponseOf } from "@/lib/api/endpoint";
import { endpointUrl, resultOf, type ApiResult } from "./api";

export interface UploadOptions {
  title?: string;
  sourceLang?: string;
  targetLang?: string;
  mtEngine?: string;
}

export function uploadFile<E extends Endpoint>(
  endpoint: E,
  file: File,
  options: UploadOptions,
  onProgress: (loaded: number, total: number) => void,
): Promise<ApiResult<ResponseOf<E>>> {
  const url = endpointUrl(endpoint, {}, { filename: file.name, ...options });
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open(endpoint.method, url);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.upload.onprogress = (event) => onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
    xhr.onerror = () => resolve(resultOf(0, null));
    xhr.onload = () => {
      let body: unknown = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = {};
      }
      resolve(resultOf(xhr.status, body));
    };
    xhr.send(file);
  });
}
