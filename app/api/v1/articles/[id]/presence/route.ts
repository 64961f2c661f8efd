import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { leavePresence, listPresence, presenceBody, tabIdParam, touchPresence } from "@/server/presence/presence";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json({ presence: await listPresence(idParam(params.id, "article")) }),
);

export const PUT = apiRoute<{ id: string }>("article:read", async ({ request, actor, params }) => {
  const input = await readJson(request, presenceBody);
  return Response.json({ presence: await touchPresence({ actor, articleId: idParam(params.id, "article"), input }) });
});

export const DELETE = apiRoute<{ id: string }>("article:read", async ({ request, actor, params }) => {
  const tabId = tabIdParam.parse(new URL(request.url).searchParams.get("tabId"));
  await leavePresence({ actor, articleId: idParam(params.id, "article"), tabId });
  return new Response(null, { status: 204 });
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PATCH, OPTIONS } from "@/server/api/method-not-allowed";
