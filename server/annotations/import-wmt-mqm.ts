import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/lib/errors";
import { parseWmtMqmTsv, wmtAnnotationToInput, type WmtDocument } from "@/lib/mqm";
import type { Actor } from "@/server/auth/actor";
import { db } from "@/server/db";
import { mtHash } from "@/server/memory/memory-key";
import { articleMqm } from "./article-mqm";

export interface WmtImportResult {
  articles: { id: number; title: string; wmtScore: number; segments: number }[];
  /** Mean WMT score over every imported segment. */
  meanScore: number;
  /** Annotations with no span in the MT output (they cannot be placed on the sentence). */
  skipped: number;
}

const knownLanguages = new Set(["en", "de", "zh", "ru", "ja", "cs", "fr", "es", "he", "uk", "pl", "ta", "km", "ps", "iu"]);

/** The target language from a file name such as "mqm_newstest2020_ende.tsv" or "en-de.tsv"; else "de". */
export function targetLangFromFileName(fileName: string): string {
  const name = path.basename(fileName).toLowerCase();
  for (const match of name.matchAll(/(?:^|[^a-z])([a-z]{2})[-_]?([a-z]{2})(?=[^a-z]|$)/g)) {
    if (match[1] === "en" && knownLanguages.has(match[2])) return match[2];
  }
  return "de";
}

async function importDocument(actor: Actor, doc: WmtDocument, targetLang: string): Promise<{ id: number; skipped: number }> {
  let skipped = 0;
  const id = await db.$transaction(async (tx) => {
    const article = await tx.article.create({
      data: { title: `${doc.name} (${doc.system})`.slice(0, 300), sourceLang: "en", targetLang, createdById: actor.id },
    });
    for (const [position, segment] of doc.segments.entries()) {
      const sentence = await tx.sentence.create({
        data: {
          articleId: article.id,
          position,
          paragraph: position,
          trailing: position === doc.segments.length - 1 ? "" : "\n\n",
          sourceText: segment.target,
          mtHash: mtHash(segment.target),
          text: segment.target,
          originalText: segment.source,
          revisions: { create: { articleId: article.id, kind: "IMPORT", text: segment.target, status: "UNTOUCHED", version: 1, authorId: actor.id } },
        },
      });
      const inputs = segment.annotations.map(wmtAnnotationToInput);
      skipped += inputs.filter((input) => input === null).length;
      await tx.annotation.createMany({
        data: inputs.flatMap((input) =>
          input ? [{ ...input, comment: input.comment ?? null, sentenceId: sentence.id, articleId: article.id, authorId: actor.id }] : [],
        ),
      });
    }
    return article.id;
  });
  return { id, skipped };
}

/** Imports a google/wmt-mqm-human-evaluation rating file: one article per document, one sentence per segment. */
export async function importWmtMqm(options: { actor: Actor; tsv: string; fileName: string }): Promise<WmtImportResult> {
  const file = parseWmtMqmTsv(options.tsv);
  const targetLang = targetLangFromFileName(options.fileName);
  const result: WmtImportResult = { articles: [], meanScore: 0, skipped: 0 };
  let total = 0;
  let segments = 0;
  for (const doc of file.documents) {
    const { id, skipped } = await importDocument(options.actor, doc, targetLang);
    const scores = await articleMqm(id);
    result.skipped += skipped;
    result.articles.push({ id, title: `${doc.name} (${doc.system})`, wmtScore: scores.wmt.score, segments: scores.wmt.segments.length });
    for (const s of scores.wmt.segments) total += s.score;
    segments += scores.wmt.segments.length;
  }
  result.meanScore = segments === 0 ? 0 : total / segments;
  return result;
}

/** The CLI's `mqm import FILE`: imports the file and returns the lines to print. */
export async function importWmtMqmFile(actor: Actor, fileName: string | undefined): Promise<string[]> {
  if (!fileName) throw new AppError("bad_request", "Name the WMT MQM file to import: mqm import FILE.");
  const tsv = await readFile(fileName, "utf8").catch(() => {
    throw new AppError("not_found", `Cannot read ${fileName}.`);
  });
  const result = await importWmtMqm({ actor, tsv, fileName });
  const lines = result.articles.map((a) => `${a.id}\t${a.title}\t${a.segments} segments\tWMT ${a.wmtScore.toFixed(6)}`);
  lines.push(`Mean WMT score over all segments: ${result.meanScore.toFixed(6)}`);
  if (result.skipped > 0) lines.push(`Skipped ${result.skipped} annotation(s) with no span in the MT output.`);
  return lines;
}
