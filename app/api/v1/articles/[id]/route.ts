import { apiRoute, idParam } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json(await getArticle(idParam(params.id, "article"))),
);
