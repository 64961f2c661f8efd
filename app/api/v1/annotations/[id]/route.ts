import { readJson } from "@/server/api/body";
import { apiRoute, idParam } from "@/server/api/route";
import { deleteAnnotation } from "@/server/annotations/delete-annotation";
import { updateAnnotation, updateAnnotationBody } from "@/server/annotations/update-annotation";

export const PATCH = apiRoute<{ id: string }>("sentence:edit", async ({ request, actor, params }) => {
  const annotationId = idParam(params.id, "annotation");
  const changes = await readJson(request, updateAnnotationBody);
  return Response.json(await updateAnnotation({ actor, annotationId, changes }));
});

export const DELETE = apiRoute<{ id: string }>("sentence:edit", async ({ actor, params }) => {
  await deleteAnnotation({ actor, annotationId: idParam(params.id, "annotation") });
  return new Response(null, { status: 204 });
});
