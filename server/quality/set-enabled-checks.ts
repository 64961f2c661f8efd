import "server-only";
import type { CheckId } from "@/lib/qa";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { disabledChecksValue } from "./enabled-checks";

/** Switches the article's QA checks: exactly `enabled` run from now on. */
export async function setEnabledChecks(articleId: number, enabled: readonly CheckId[]): Promise<void> {
  const exists = await db.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!exists) throw new AppError("not_found", `No article with id ${articleId}.`);
  await db.article.update({ where: { id: articleId }, data: { disabledChecks: disabledChecksValue(enabled) } });
}
