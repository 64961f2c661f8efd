import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { revokeToken } from "@/server/tokens/manage-tokens";

export const DELETE = apiRoute(contract.revokeToken, "token:manage", async ({ actor, params }) => {
  await revokeToken(actor, idParam(params.id, "token"));
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, POST, PUT, PATCH, OPTIONS } from "@/server/api/method-not-allowed";
