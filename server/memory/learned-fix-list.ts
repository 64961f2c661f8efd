import "server-only";
import { AppError } from "@/lib/errors";
import type { LearnedFixView } from "@/lib/memory";
import { db } from "@/server/db";
import { createGlossaryTerm } from "@/server/glossary/create-glossary-term";
import { updateGlossaryTerm } from "@/server/glossary/update-glossary-term";
import { toGlossaryTermView } from "@/server/glossary/load-glossary";
import { learnedFixMinArticles, learnedFixMinEditors } from "./learned-fixes";
import { memoryUpToDate } from "./pending-corrections";

type Row = { id: number; sourceLang: string; targetLang: string; fromText: string; toText: string; articles: number; editors: number; promotedAt: Date | null };

function toView(row: Row): LearnedFixView {
  return {
    id: row.id,
    sourceLang: row.sourceLang,
    targetLang: row.targetLang,
    from: row.fromText,
    to: row.toText,
    articles: row.articles,
    editors: row.editors,
    active: row.articles >= learnedFixMinArticles || row.editors >= learnedFixMinEditors,
    promotedAt: row.promotedAt?.toISOString() ?? null,
  };
}

/** Substitutions seen in at least two articles or by two editors, most frequent first (at most 500). */
export async function listLearnedFixes(): Promise<LearnedFixView[]> {
  await memoryUpToDate();
  const rows = await db.learnedFix.findMany({
    where: { OR: [{ articles: { gte: 2 } }, { editors: { gte: learnedFixMinEditors } }] },
    orderBy: [{ articles: "desc" }, { editors: "desc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map(toView);
}

/**
 * Promotes a learned fix to the installation glossary: its correction becomes a term with the MT
 * error as a forbidden variant (added to the term's variants when the term exists). 409 when already promoted.
 */
export async function promoteLearnedFix(id: number, actorId: number): Promise<LearnedFixView> {
  await memoryUpToDate();
  const fix = await db.learnedFix.findUnique({ where: { id } });
  if (!fix) throw new AppError("not_found", `No learned fix with id ${id}.`);
  if (fix.promotedAt) throw new AppError("conflict", `“${fix.fromText}” → “${fix.toText}” is already in the glossary.`);
  const existing = await db.glossaryTerm.findFirst({ where: { term: fix.toText } });
  if (existing) {
    const view = toGlossaryTermView(existing);
    if (!view.forbidden.includes(fix.fromText)) await updateGlossaryTerm(existing.id, { forbidden: [...view.forbidden, fix.fromText] });
  } else {
    await createGlossaryTerm({ term: fix.toText, forbidden: [fix.fromText], note: `Learned fix (${fix.sourceLang}→${fix.targetLang}, ${fix.articles} articles, ${fix.editors} editors)` });
  }
  return toView(await db.learnedFix.update({ where: { id }, data: { promotedAt: new Date(), promotedById: actorId } }));
}
