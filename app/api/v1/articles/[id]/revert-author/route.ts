import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { revertAuthor } from "@/server/changes/revert-author";

export const POST = apiRoute(contract.revertAuthor, "sentence:confirm", async ({ body, actor, params }) =>
  revertAuthor({ actor, articleId: idParam(params.id, "article"), ...body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
