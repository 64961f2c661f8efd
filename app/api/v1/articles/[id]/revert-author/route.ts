import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { revertAuthor, revertAuthorBody } from "@/server/changes/revert-author";

export const POST = apiRoute<{ id: string }>("sentence:confirm", async ({ request, actor, params }) => {
  const articleId = idParam(params.id, "article");
  const body = await readJson(request, revertAuthorBody);
  return Response.json(await revertAuthor({ actor, articleId, ...body }));
});
