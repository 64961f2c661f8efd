import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { revertSentence, revertSentenceBody } from "@/server/sentences/revert-sentence";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const body = await readJson(request, revertSentenceBody);
  return Response.json(await revertSentence({ actor, sentenceId, ...body }));
});
