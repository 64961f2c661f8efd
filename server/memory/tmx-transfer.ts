import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { countWords } from "@/lib/effort";
import type { TmxImportView } from "@/lib/memory";
import { normalizeSegment } from "@/lib/memory";
import { terStats } from "@/lib/ter";
import { readTmx, writeTmx } from "@/lib/tmx";
import { db } from "@/server/db";
import { languageParam } from "./language-param";
import { mtHash, tokenCount } from "./memory-key";
import { memoryUpToDate } from "./pending-corrections";

const language = languageParam;

export const tmxExportQuery = z.object({ source: language.optional(), target: language.optional() });
export const tmxImportQuery = z.object({ source: language.optional() });

/** Exports at most this many entries per file. */
export const maxExportEntries = 100_000;

/** The correction memory (optionally one language pair) as a TMX 1.4b document. */
export async function exportMemoryTmx(query: z.infer<typeof tmxExportQuery>): Promise<string> {
  await memoryUpToDate();
  const rows = await db.memoryEntry.findMany({
    where: { ...(query.source ? { sourceLang: query.source } : {}), ...(query.target ? { targetLang: query.target } : {}) },
    orderBy: { id: "asc" },
    take: maxExportEntries,
    select: { sourceLang: true, targetLang: true, mtText: true, correction: true, createdAt: true, updatedAt: true },
  });
  return writeTmx(rows.map((row) => ({ sourceLang: row.sourceLang, targetLang: row.targetLang, mt: row.mtText, correction: row.correction, createdAt: row.createdAt, changedAt: row.updatedAt })));
}

/** Adds the pairs of a TMX file to the memory (origin TMX); pairs already there are counted, not repeated. */
export async function importMemoryTmx(xml: string, query: z.infer<typeof tmxImportQuery>): Promise<TmxImportView> {
  const { pairs, skipped } = readTmx(xml, query.source);
  if (pairs.length === 0) throw new AppError("unprocessable", `The TMX file has no MT/correction pairs to import${skipped[0] ? ` (unit ${skipped[0].unit}: ${skipped[0].reason})` : ""}.`);
  let imported = 0;
  let duplicates = 0;
  await db.$transaction(async (tx) => {
    for (const pair of pairs) {
      if (normalizeSegment(pair.mt) === normalizeSegment(pair.correction)) {
        skipped.push({ unit: 0, reason: `"${pair.mt.slice(0, 40)}" is not a correction (same text)` });
        continue;
      }
      const key = { sourceLang: pair.sourceLang, targetLang: pair.targetLang, mtHash: mtHash(pair.mt), correction: pair.correction };
      if (await tx.memoryEntry.findFirst({ where: key, select: { id: true } })) {
        duplicates += 1;
        continue;
      }
      const stats = terStats(pair.mt, pair.correction);
      await tx.memoryEntry.create({
        data: {
          ...key,
          mtText: pair.mt,
          tokens: tokenCount(pair.mt),
          mtWords: countWords(pair.mt),
          edits: Math.round(stats.edits),
          refWords: stats.refLength,
          hter: stats.refLength > 0 ? Math.min(1, stats.edits / stats.refLength) : 1,
          origin: "TMX",
          ...(pair.createdAt ? { createdAt: pair.createdAt } : {}),
        },
      });
      imported += 1;
    }
  });
  return { imported, duplicates, skipped };
}
