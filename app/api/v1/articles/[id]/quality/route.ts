import { apiRoute, idParam } from "@/server/api/route";
import { articleQuality } from "@/server/quality/article-quality";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json(await articleQuality(idParam(params.id, "article"))),
);
