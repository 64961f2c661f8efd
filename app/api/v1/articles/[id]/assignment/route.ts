import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { assignArticle, assignmentBody } from "@/server/workflow/assign-article";

export const PATCH = apiRoute<{ id: string }>("sentence:confirm", async ({ request, actor, params }) => {
  const articleId = idParam(params.id, "article");
  const input = await readJson(request, assignmentBody);
  return Response.json(await assignArticle({ actor, articleId, input }));
});
