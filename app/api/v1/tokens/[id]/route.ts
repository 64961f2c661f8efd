import { apiRoute, idParam } from "@/server/api/route";
import { revokeToken } from "@/server/tokens/manage-tokens";

export const DELETE = apiRoute<{ id: string }>("token:manage", async ({ actor, params }) => {
  await revokeToken(actor, idParam(params.id, "token"));
  return new Response(null, { status: 204 });
});
