import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";
import { importArticle } from "@/server/articles/import-article";
import { listArticles } from "@/server/articles/list-articles";

export const GET = apiRoute(contract.listArticles, "article:read", async () => ({ articles: await listArticles() }));

export const POST = apiRoute(contract.createArticle, "article:import", async ({ body, actor, headers }) => {
  const id = await importArticle(actor, body);
  headers.set("Location", `/api/v1/articles/${id}`);
  return getArticle(id);
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
