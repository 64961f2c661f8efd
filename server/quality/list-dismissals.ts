import "server-only";
import { checkIds, checkLabels, type CheckId } from "@/lib/qa";
import { sentenceNumbers } from "@/server/articles/sentence-numbers";
import { db } from "@/server/db";

export interface DismissalEntry {
  id: number;
  check: CheckId | null;
  /** The check's name, or the raw key when the check is unknown. */
  label: string;
  createdAt: string;
  author: { id: number; name: string };
  sentence: { id: number; position: number; number: number | null };
}

function checkOf(key: string): CheckId | null {
  const id = key.split("|")[0];
  return checkIds.find((known) => known === id) ?? null;
}

/** The QA warnings dismissed in an article, newest first. */
export async function listDismissals(articleId: number): Promise<DismissalEntry[]> {
  const rows = await db.qaDismissal.findMany({
    where: { articleId },
    orderBy: { id: "desc" },
    take: 500,
    include: { author: { select: { id: true, name: true } }, sentence: { select: { id: true, position: true } } },
  });
  const numbers = await sentenceNumbers(db, articleId);
  return rows.map((row) => {
    const check = checkOf(row.key);
    return {
      id: row.id,
      check,
      label: check ? checkLabels[check].toLowerCase() : row.key,
      createdAt: row.createdAt.toISOString(),
      author: row.author,
      sentence: { ...row.sentence, number: numbers.get(row.sentence.id) ?? null },
    };
  });
}
