import "server-only";
import type { z } from "zod";
import { defaultJsonBytes, formatBytes } from "@/lib/api/limits";
import { concatBytes } from "@/lib/bytes";
import { AppError } from "@/lib/errors";

export const defaultBodyLimit = defaultJsonBytes;

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
    const { done, value } = await readChunk(reader);
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return concatBytes(chunks);
}

/**
 * The next chunk of a body. A client that goes away mid-body (a tab closed while it sent) is not a server
 * fault: a 400 that nobody reads, instead of a 500 logged as unexpected.
 */
async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<ReadableStreamReadResult<Uint8Array>> {
  try {
    return await reader.read();
  } catch (error) {
    if (error instanceof Error && (error.message === "aborted" || ("code" in error && error.code === "ECONNRESET"))) {
      throw new AppError("bad_request", "The connection closed before the request body arrived whole.");
    }
    throw error;
  }
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
      // PostgreSQL text cannot hold NUL, and no article text needs it: refused on both databases alike.
      if (item.includes("\0")) throw new AppError("bad_request", `Invalid ${path || "input"}: the text contains a NUL character (\\u0000).`);
    } else if (Array.isArray(item)) {
      item.forEach((child, index) => pending.push({ value: child, path: path ? `${path}.${index}` : String(index) }));
    } else if (item !== null && typeof item === "object") {
      for (const [key, child] of Object.entries(item)) {
        pending.push({ value: key, path }, { value: child, path: path ? `${path}.${key}` : key });
      }
    }
  }
}

export { formatBytes };
