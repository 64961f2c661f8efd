import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { revertSentence } from "@/server/sentences/revert-sentence";

export const POST = apiRoute(contract.revertSentence, "sentence:edit", async ({ body, actor, params }) =>
  revertSentence({ actor, sentenceId: idParam(params.id, "sentence"), ...body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
