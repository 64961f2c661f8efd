import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { applyFindReplace } from "@/server/changes/find-replace";

export const POST = apiRoute(contract.applyFindReplace, "sentence:edit", async ({ body, actor, params }) =>
  applyFindReplace({ actor, articleId: idParam(params.id, "article"), ...body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
