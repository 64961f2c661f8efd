import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { assignArticle } from "@/server/workflow/assign-article";

export const PATCH = apiRoute(contract.assign, "sentence:confirm", async ({ body, actor, params }) =>
  assignArticle({ actor, articleId: idParam(params.id, "article"), input: body }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, POST, PUT, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
