import { apiRoute, idParam } from "@/server/api/route";
import { articleMqm } from "@/server/annotations/article-mqm";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json(await articleMqm(idParam(params.id, "article"))),
);
