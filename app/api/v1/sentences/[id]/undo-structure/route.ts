import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { undoStructure } from "@/server/sentences/undo-structure";

export const POST = apiRoute(contract.undoStructure, "sentence:edit", async ({ body, actor, params }) =>
  undoStructure({ actor, sentenceId: idParam(params.id, "sentence"), version: body.version }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
