import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { findSentenceView } from "@/server/sentences/sentence-view";
import { updateSentence, updateSentenceBody } from "@/server/sentences/update-sentence";
import { db } from "@/server/db";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json(await findSentenceView(db, idParam(params.id, "sentence"))),
);

export const PATCH = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const body = await readJson(request, updateSentenceBody);
  return Response.json(await updateSentence({ actor, sentenceId, ...body }));
});
