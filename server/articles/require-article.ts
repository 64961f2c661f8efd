import "server-only";
import { AppError } from "@/lib/errors";
import type { DbClient } from "@/server/db";

/** A 404 unless the article exists: for a use case given an article id it does not otherwise read. */
export async function requireArticle(client: Pick<DbClient, "article">, articleId: number): Promise<void> {
  const found = await client.article.findUnique({ where: { id: articleId }, select: { id: true } });
  if (!found) throw new AppError("not_found", `No article with id ${articleId}.`);
}
