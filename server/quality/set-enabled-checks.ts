import "server-only";
import type { CheckId } from "@/lib/qa";
import { db } from "@/server/db";
import { assertArticleEditable } from "@/server/workflow/assert-editable";
import { disabledChecksValue } from "./enabled-checks";

/** Switches the article's QA checks: exactly `enabled` run from now on. */
export async function setEnabledChecks(articleId: number, enabled: readonly CheckId[]): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertArticleEditable(tx, articleId); // 404 when missing, 409 when approved
    await tx.article.update({ where: { id: articleId }, data: { disabledChecks: disabledChecksValue(enabled) } });
  });
}
