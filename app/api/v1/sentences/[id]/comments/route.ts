import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { addComment, commentBody } from "@/server/comments/add-comment";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const input = await readJson(request, commentBody);
  return Response.json(await addComment({ actor, sentenceId, input }), { status: 201 });
});
