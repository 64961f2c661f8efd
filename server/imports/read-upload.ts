import "server-only";
import { AppError } from "@/lib/errors";
import { detectFormat, MAX_TEXT_BYTES } from "@/lib/import";
import { assertZipExpansionWithin, isZip } from "@/lib/import/zip-limits";
import { formatBytes, readBodyBytes } from "@/server/api/body";
import { importArticleBody } from "@/server/articles/import-article";

/** Most bytes of an uploaded .docx, .html or .xliff file (markup, styles and images are not text). */
export const maxUploadBytes = 10 * 1024 * 1024;

const uploadOptions = importArticleBody.pick({ title: true, sourceLang: true, targetLang: true });

export interface Upload {
  filename: string | null;
  bytes: Uint8Array;
  title?: string;
  sourceLang?: string;
  targetLang?: string;
}

/**
 * An uploaded file sent as the raw request body: its name in `?filename=` or an X-Filename header,
 * optional `title`, `sourceLang`, `targetLang` query parameters. Plain text and Markdown may be 2 MB,
 * other formats 10 MB of file (their text is checked against 2 MB once extracted); a zip (.docx) may
 * expand to at most 50 MB (lib/import/zip-limits.ts).
 */
export async function readUpload(request: Request): Promise<Upload> {
  const query = new URL(request.url).searchParams;
  const filename = (query.get("filename") ?? request.headers.get("x-filename") ?? "").trim() || null;
  const options = uploadOptions.parse({
    title: query.get("title") || undefined,
    sourceLang: query.get("sourceLang") || undefined,
    targetLang: query.get("targetLang") || undefined,
  });
  const format = filename ? detectFormat(filename, new Uint8Array()) : null;
  const limit = format === "txt" || format === "md" ? MAX_TEXT_BYTES : maxUploadBytes;
  let bytes: Uint8Array;
  try {
    bytes = await readBodyBytes(request, limit);
  } catch (error) {
    if (error instanceof AppError && error.code === "payload_too_large") {
      throw new AppError("payload_too_large", `The file is larger than ${formatBytes(limit)}. Split the article and import it in parts.`);
    }
    throw error;
  }
  // Before mammoth or any zip library sees it: a zip may not expand past the inflated-size limit.
  if (isZip(bytes)) await assertZipExpansionWithin(bytes);
  return { filename, bytes, ...options };
}
