import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { mergeWithNext } from "@/server/sentences/merge-sentences";

export const POST = apiRoute(contract.mergeNext, "sentence:edit", async ({ body, actor, params }) =>
  mergeWithNext({ actor, sentenceId: idParam(params.id, "sentence"), ...body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
