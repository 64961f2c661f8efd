import { apiRoute } from "@/server/api/route";
import { revertChangeSet } from "@/server/changes/revert-change-set";

export const POST = apiRoute<{ id: string }>("sentence:edit", async ({ actor, params }) =>
  Response.json(await revertChangeSet({ actor, changeSetId: params.id }), { status: 201 }),
);
