import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { listAnnotations } from "@/server/annotations/list-annotations";
import { requireArticle } from "@/server/articles/require-article";
import { db } from "@/server/db";

export const GET = apiRoute(contract.listAnnotations, "article:read", async ({ actor, params }) => {
  const articleId = idParam(params.id, "article");
  await requireArticle(db, articleId);
  return { annotations: await listAnnotations(actor, articleId) };
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
