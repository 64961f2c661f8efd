import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { confirmSentence, confirmSentenceBody } from "@/server/sentences/confirm-sentence";

export const POST = apiRoute<{ id: string }>("sentence:confirm", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const { version } = await readJson(request, confirmSentenceBody);
  return Response.json(await confirmSentence({ actor, sentenceId, version }));
});
