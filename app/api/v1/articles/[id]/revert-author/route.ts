import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { revertAuthor } from "@/server/changes/revert-author";

export const POST = apiRoute(contract.revertAuthor, "sentence:confirm", async ({ body, actor, params }) =>
  revertAuthor({ actor, articleId: idParam(params.id, "article"), ...body }),
);
