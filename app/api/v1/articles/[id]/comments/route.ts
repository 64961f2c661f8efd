import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { requireArticle } from "@/server/articles/require-article";
import { listComments } from "@/server/comments/list-comments";
import { db } from "@/server/db";

export const GET = apiRoute(contract.listComments, "article:read", async ({ params }) => {
  const articleId = idParam(params.id, "article");
  await requireArticle(db, articleId);
  return { comments: await listComments(articleId) };
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
