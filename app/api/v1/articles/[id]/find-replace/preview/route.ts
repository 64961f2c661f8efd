import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { previewFindReplace } from "@/server/changes/find-replace";

export const POST = apiRoute(contract.previewFindReplace, "sentence:edit", async ({ body, params }) =>
  previewFindReplace({ articleId: idParam(params.id, "article"), ...body }),
);
