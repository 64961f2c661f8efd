import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { applyFindReplace } from "@/server/changes/find-replace";

export const POST = apiRoute(contract.applyFindReplace, "sentence:edit", async ({ body, actor, params }) =>
  applyFindReplace({ actor, articleId: idParam(params.id, "article"), ...body }),
);
