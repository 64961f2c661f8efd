import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { revertChangeSet } from "@/server/changes/revert-change-set";

export const POST = apiRoute(contract.revertChangeSet, "sentence:edit", async ({ actor, params }) =>
  revertChangeSet({ actor, changeSetId: params.id }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
