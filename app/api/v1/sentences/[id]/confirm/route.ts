import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { confirmSentence } from "@/server/sentences/confirm-sentence";

export const POST = apiRoute(contract.confirmSentence, "sentence:confirm", async ({ body, actor, params }) =>
  confirmSentence({ actor, sentenceId: idParam(params.id, "sentence"), version: body.version }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
