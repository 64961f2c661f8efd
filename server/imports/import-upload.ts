import "server-only";
import type { Actor } from "@/server/auth/actor";
import { importDocument } from "@/server/articles/import-article";
import { parseUpload } from "./preview-import";
import type { Upload } from "./read-upload";

/** Stores an uploaded file as an article, with the languages its preview shows. Returns the article id. */
export async function importUpload(actor: Actor, upload: Upload, mtEngine?: string): Promise<number> {
  const { doc, preview } = await parseUpload(upload);
  return importDocument({ actor, doc, sourceLang: preview.sourceLang, targetLang: preview.targetLang, mtEngine });
}
