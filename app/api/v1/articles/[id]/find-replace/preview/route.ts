import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { findReplaceBody, previewFindReplace } from "@/server/changes/find-replace";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, params }) => {
  const articleId = idParam(params.id, "article");
  const body = await readJson(request, findReplaceBody);
  return Response.json(await previewFindReplace({ articleId, ...body }));
});
