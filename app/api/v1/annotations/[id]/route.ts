import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { deleteAnnotation } from "@/server/annotations/delete-annotation";
import { updateAnnotation } from "@/server/annotations/update-annotation";

export const PATCH = apiRoute(contract.updateAnnotation, "sentence:edit", async ({ body, actor, params }) =>
  updateAnnotation({ actor, annotationId: idParam(params.id, "annotation"), changes: body }),
);

export const DELETE = apiRoute(contract.deleteAnnotation, "sentence:edit", async ({ actor, params }) => {
  await deleteAnnotation({ actor, annotationId: idParam(params.id, "annotation") });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, POST, PUT, OPTIONS } from "@/server/api/method-not-allowed";
