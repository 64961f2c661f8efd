import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { createAnnotation } from "@/server/annotations/create-annotation";

export const POST = apiRoute(contract.createAnnotation, "sentence:edit", async ({ body, actor, params }) =>
  createAnnotation({ actor, sentenceId: idParam(params.id, "sentence"), input: body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
