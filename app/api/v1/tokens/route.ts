import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { createToken, listTokens } from "@/server/tokens/manage-tokens";

export const GET = apiRoute(contract.listTokens, "token:manage", async ({ actor }) => ({ tokens: await listTokens(actor.id) }));

export const POST = apiRoute(contract.createToken, "token:manage", async ({ body, actor }) => {
  const { token, view } = await createToken(actor.id, body.name);
  return { token, ...view };
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
