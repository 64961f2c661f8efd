import { apiRoute } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { createToken, createTokenBody, listTokens } from "@/server/tokens/manage-tokens";

export const GET = apiRoute("token:manage", async ({ actor }) => Response.json({ tokens: await listTokens(actor.id) }));

export const POST = apiRoute("token:manage", async ({ request, actor }) => {
  const { name } = await readJson(request, createTokenBody);
  const { token, view } = await createToken(actor.id, name);
  return Response.json({ token, ...view }, { status: 201 });
});
