import "server-only";
import type { z } from "zod";
import { AppError } from "@/lib/errors";

export const defaultBodyLimit = 64 * 1024;

/** Reads a request body of at most `limit` bytes, refusing larger bodies before reading them whole. */
export async function readBodyBytes(request: Request, limit: number): Promise<Uint8Array> {
  const tooLarge = () => new AppError("payload_too_large", `The request body is larger than ${formatBytes(limit)}.`);
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) throw tooLarge();
  if (!request.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/** Parses a JSON body against a schema: 415 when not JSON, 413 when too large, 400 when malformed or invalid. */
export async function readJson<T extends z.ZodType>(request: Request, schema: T, limit = defaultBodyLimit): Promise<z.infer<T>> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new AppError("unsupported_media_type", "Send the request body as JSON (Content-Type: application/json).");
  }
  const bytes = await readBodyBytes(request, limit);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
  assertWellFormedText(value);
  return schema.parse(value);
}

/**
 * Refuses (400) a JSON body with a lone UTF-16 surrogate ("\ud800") in any string or key: it is not
 * text, cannot be stored as UTF-8 and breaks segmentation. Every JSON input passes here, so every text
 * field of the API is covered; uploads are decoded from UTF-8, which cannot produce one.
 */
export function assertWellFormedText(value: unknown): void {
  // An explicit stack, not recursion: a deeply nested body must not overflow the call stack.
  const pending: { value: unknown; path: string }[] = [{ value, path: "" }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value: item, path } = next;
    if (typeof item === "string") {
      if (!item.isWellFormed()) {
        throw new AppError("bad_request", `Invalid ${path || "input"}: the text contains a lone surrogate (an invalid UTF-16 character).`);
      }
    } else if (Array.isArray(item)) {
      item.forEach((child, index) => pending.push({ value: child, path: path ? `${path}.${index}` : String(index) }));
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        pending.push({ value: key, path }, { value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
