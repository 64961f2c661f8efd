import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { applyFindReplace, applyFindReplaceBody } from "@/server/changes/find-replace";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const articleId = idParam(params.id, "article");
  const body = await readJson(request, applyFindReplaceBody);
  return Response.json(await applyFindReplace({ actor, articleId, ...body }), { status: 201 });
});
