import { mqmAnnotationInputSchema } from "@/lib/mqm";
import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { createAnnotation } from "@/server/annotations/create-annotation";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const sentenceId = idParam(params.id, "sentence");
  const input = await readJson(request, mqmAnnotationInputSchema);
  return Response.json(await createAnnotation({ actor, sentenceId, input }), { status: 201 });
});
