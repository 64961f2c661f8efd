import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { mergeNextBody, mergeWithNext } from "@/server/sentences/merge-sentences";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const body = await readJson(request, mergeNextBody);
  return Response.json(await mergeWithNext({ actor, sentenceId, ...body }));
});
