import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { listComments } from "@/server/comments/list-comments";

export const GET = apiRoute(contract.listComments, "article:read", async ({ params }) => ({
  comments: await listComments(idParam(params.id, "article")),
}));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
