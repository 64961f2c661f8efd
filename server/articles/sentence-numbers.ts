import "server-only";
import type { DbClient } from "@/server/db";

/** The number a reader sees for each sentence of an article (1-based, in article order; removed sentences have none). */
export async function sentenceNumbers(client: DbClient, articleId: number): Promise<Map<number, number>> {
  const rows = await client.sentence.findMany({
    where: { articleId, removedAt: null },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  return new Map(rows.map((row, index) => [row.id, index + 1]));
}
