import "server-only";
import type { ImportPreview } from "@/lib/import-preview";
import { detectFormat, parseImport, type ImportedDocument } from "@/lib/import";
import { toSentenceDrafts } from "@/lib/import/sentences";
import { detectLanguage } from "@/lib/language/detect";
import type { Upload } from "./read-upload";

export interface ParsedUpload {
  doc: ImportedDocument;
  preview: ImportPreview;
}

/** Reads an uploaded file and says how it would be imported (title, languages, sentences); stores nothing. */
export async function parseUpload(upload: Upload): Promise<ParsedUpload> {
  const doc = await parseImport({ filename: upload.filename, bytes: upload.bytes, title: upload.title });
  const detected = detectLanguage(doc.blocks.map((block) => block.text).join("\n\n"));
  const detectedLang = detected ? { lang: detected.lang, confidence: detected.confidence } : null;
  const targetLang = upload.targetLang ?? doc.targetLang ?? detectedLang?.lang ?? "en";
  const sourceLang = upload.sourceLang ?? doc.sourceLang ?? "und";
  const drafts = toSentenceDrafts(doc, targetLang);
  return {
    doc,
    preview: {
      title: doc.title ?? drafts[0]?.text.slice(0, 300) ?? "",
      format: detectFormat(upload.filename, upload.bytes) ?? "txt",
      sourceLang,
      targetLang,
      detectedLang,
      paragraphs: doc.blocks.length,
      sentences: drafts.length,
      firstSentences: drafts.slice(0, 10).map((draft) => draft.text),
      skippedUnits: doc.skippedUnits ?? 0,
    },
  };
}
