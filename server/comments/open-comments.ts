import "server-only";
import { db } from "@/server/db";

/** Unresolved threads per article, counting only sentences still in the article. */
export async function openCommentCounts(articleIds: number[]): Promise<Map<number, number>> {
  const rows = await db.comment.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articleIds }, parentId: null, resolvedAt: null, sentence: { removedAt: null } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.articleId, row._count._all]));
}
