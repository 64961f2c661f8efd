import "server-only";
import { z } from "zod";
import type { MemorySearchView } from "@/lib/memory";
import { db } from "@/server/db";
import { languageParam } from "./language-param";
import { memoryUpToDate } from "./pending-corrections";

const language = languageParam;

export const memoryQuery = z.object({
  q: z.string().trim().max(200, "Search for at most 200 characters.").default(""),
  source: language.optional(),
  target: language.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export type MemoryQuery = z.infer<typeof memoryQuery>;

/** Memory entries whose MT or correction contains `q` (case as stored), newest first. */
export async function searchMemory(query: MemoryQuery): Promise<MemorySearchView> {
  await memoryUpToDate();
  const where = {
    ...(query.source ? { sourceLang: query.source } : {}),
    ...(query.target ? { targetLang: query.target } : {}),
    ...(query.q ? { OR: [{ mtText: { contains: query.q } }, { correction: { contains: query.q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.memoryEntry.findMany({ where, orderBy: [{ updatedAt: "desc" }, { id: "desc" }], take: query.limit }),
    db.memoryEntry.count({ where }),
  ]);
  return {
    total,
    entries: rows.map((row) => ({
      id: row.id,
      sourceLang: row.sourceLang,
      targetLang: row.targetLang,
      mtText: row.mtText,
      correction: row.correction,
      hter: row.hter,
      origin: row.origin,
      articleId: row.articleId,
      updatedAt: row.updatedAt.toISOString(),
    })),
  };
}
