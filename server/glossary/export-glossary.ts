import "server-only";
import { AppError } from "@/lib/errors";
import { glossaryToCsv } from "@/lib/glossary/csv";
import { glossaryToTbx } from "@/lib/glossary/tbx";
import { db } from "@/server/db";
import { loadGlossary } from "./load-glossary";

export interface GlossaryFile {
  body: string;
  contentType: string;
  filename: string;
}

/**
 * The glossary as CSV or TBX. TBX needs the language pair: given, or else the pair of the latest
 * imported article ("und", undetermined, when there is none).
 */
export async function exportGlossary(format: string, langs: { sourceLang?: string | null; targetLang?: string | null } = {}): Promise<GlossaryFile> {
  const terms = await loadGlossary();
  if (format === "csv") return { body: glossaryToCsv(terms), contentType: "text/csv; charset=utf-8", filename: "glossary.csv" };
  if (format !== "tbx") throw new AppError("bad_request", `Unknown glossary format "${format}". Use csv or tbx.`);
  const latest = await db.article.findFirst({ orderBy: { createdAt: "desc" }, select: { sourceLang: true, targetLang: true } });
  const sourceLang = langs.sourceLang || latest?.sourceLang || "und";
  const targetLang = langs.targetLang || latest?.targetLang || "und";
  return { body: glossaryToTbx(terms, { sourceLang, targetLang }), contentType: "application/x-tbx+xml; charset=utf-8", filename: "glossary.tbx" };
}
