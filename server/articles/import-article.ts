import "server-only";
import { z } from "zod";
import { positionStep } from "@/lib/article";
import { AppError } from "@/lib/errors";
import { parsePlainText } from "@/lib/import/text";
import { toSentenceDrafts } from "@/lib/import/sentences";
import type { ImportedDocument } from "@/lib/import/types";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { insertImportedSentences } from "@/server/sentences/bulk-insert";
import { importArticleBody } from "@/lib/api/bodies";

export { importArticleBody };

export const maxImportBytes = 2 * 1024 * 1024;

const language = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, fr or pt-BR.");

import { mtEngine } from "@/lib/api/bodies";

export { mtEngine };

export type ImportArticleBody = z.infer<typeof importArticleBody>;

/** Plain text (or .md read as text) into an ImportedDocument, with the size and emptiness checks. */
export function readPlainText(body: ImportArticleBody): ImportedDocument {
  if (new TextEncoder().encode(body.text).byteLength > maxImportBytes) {
    throw new AppError("payload_too_large", "The text is larger than 2 MB. Split the article and import it in parts.");
  }
  if (body.text.trim() === "") throw new AppError("unprocessable", "The text is empty: paste or upload an article.");
  return parsePlainText(body.text, { titleFromFirstLine: !body.title });
}

/** Stores a parsed document as an article: sentences plus one IMPORT revision each. Returns the article id. */
export async function importDocument(options: {
  actor: Actor;
  doc: ImportedDocument;
  title?: string;
  sourceLang?: string;
  targetLang?: string;
  mtEngine?: string;
}): Promise<number> {
  const targetLang = options.targetLang ?? options.doc.targetLang ?? "en";
  const sourceLang = options.sourceLang ?? options.doc.sourceLang ?? "und";
  const drafts = toSentenceDrafts(options.doc, targetLang);
  if (drafts.length === 0) throw new AppError("unprocessable", "The text has no sentences to review.");
  const title = (options.title || options.doc.title || drafts[0].text).slice(0, 300);

  return db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: { title, sourceLang, targetLang, leading: options.doc.leading, createdById: options.actor.id, mtEngine: options.mtEngine || null },
    });
    const rows = drafts.map((draft, position) => ({
      position: position * positionStep,
      paragraph: draft.paragraph,
      block: draft.block,
      prefix: draft.prefix,
      trailing: draft.trailing,
      sourceText: draft.text,
      text: draft.text,
      // The correction starts as the MT: no edits, so HTER 0 (what hter(text, text) gives).
      hter: 0,
      originalText: draft.originalText ?? null,
    }));
    await insertImportedSentences(tx, article.id, rows, options.actor.id);
    return article.id;
  });
}

export async function importArticle(actor: Actor, body: ImportArticleBody): Promise<number> {
  return importDocument({ actor, doc: readPlainText(body), ...body });
}
