import { apiRoute } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { getArticle } from "@/server/articles/get-article";
import { importArticle, importArticleBody, maxImportBytes } from "@/server/articles/import-article";
import { listArticles } from "@/server/articles/list-articles";

export const GET = apiRoute("article:read", async () => Response.json({ articles: await listArticles() }));

export const POST = apiRoute("article:import", async ({ request, actor }) => {
  // JSON escaping can grow the text: allow some room over the 2 MB text limit, checked again on the text.
  const body = await readJson(request, importArticleBody, Math.ceil(maxImportBytes * 1.5));
  const id = await importArticle(actor, body);
  return Response.json(await getArticle(id), { status: 201, headers: { Location: `/api/v1/articles/${id}` } });
});
