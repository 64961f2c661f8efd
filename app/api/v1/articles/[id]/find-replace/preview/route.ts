import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { previewFindReplace } from "@/server/changes/find-replace";

export const POST = apiRoute(contract.previewFindReplace, "sentence:edit", async ({ body, params }) =>
  previewFindReplace({ articleId: idParam(params.id, "article"), ...body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
