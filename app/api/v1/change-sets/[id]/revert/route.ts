import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { revertChangeSet } from "@/server/changes/revert-change-set";

export const POST = apiRoute(contract.revertChangeSet, "sentence:edit", async ({ actor, params }) =>
  revertChangeSet({ actor, changeSetId: params.id }),
);
