import { z } from "zod";
import { apiRoute, idParam } from "@/server/api/route";
import { compareArticle } from "@/server/changes/compare-article";
import { isoDate } from "@/server/changes/revert-author";

const query = z.object({ from: isoDate, to: isoDate });

export const GET = apiRoute<{ id: string }>("article:read", async ({ request, params }) => {
  const articleId = idParam(params.id, "article");
  const search = new URL(request.url).searchParams;
  const { from, to } = query.parse({ from: search.get("from") ?? "", to: search.get("to") ?? "" });
  return Response.json(await compareArticle({ articleId, from, to }));
});
