import "server-only";
import type { Actor } from "@/server/auth/actor";
import { importDocument } from "@/server/articles/import-article";
import { parseUpload } from "./preview-import";
import type { Upload } from "./read-upload";

/**
 * Stores an uploaded file as an article, with the languages its preview shows. Returns the article id and
 * how many XLIFF units were left out for having no target.
 */
export async function importUpload(actor: Actor, upload: Upload, mtEngine?: string): Promise<{ id: number; skippedUnits: number }> {
  const { doc, preview } = await parseUpload(upload);
  const id = await importDocument({ actor, doc, sourceLang: preview.sourceLang, targetLang: preview.targetLang, mtEngine });
  return { id, skippedUnits: preview.skippedUnits };
}
