import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { listChecks } from "@/server/quality/list-checks";
import { setEnabledChecks } from "@/server/quality/set-enabled-checks";

export const GET = apiRoute(contract.listChecks, "article:read", async ({ params }) => listChecks(idParam(params.id, "article")));

export const PATCH = apiRoute(contract.setChecks, "sentence:edit", async ({ body, params }) => {
  const articleId = idParam(params.id, "article");
  await setEnabledChecks(articleId, body.enabled);
  return listChecks(articleId);
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
