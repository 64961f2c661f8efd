import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { splitSentence, splitSentenceBody } from "@/server/sentences/split-sentence";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const body = await readJson(request, splitSentenceBody);
  return Response.json(await splitSentence({ actor, sentenceId, ...body }));
});
