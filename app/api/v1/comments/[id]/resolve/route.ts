import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { resolveBody, resolveThread } from "@/server/comments/resolve-thread";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const commentId = idParam(params.id, "comment");
  const { resolved } = await readJson(request, resolveBody);
  return Response.json(await resolveThread({ actor, commentId, resolved }));
});
