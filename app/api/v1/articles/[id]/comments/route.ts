import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { listComments } from "@/server/comments/list-comments";

export const GET = apiRoute(contract.listComments, "article:read", async ({ params }) => ({
  comments: await listComments(idParam(params.id, "article")),
}));
