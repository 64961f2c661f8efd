import { apiRoute, idParam } from "@/server/api/route";
import { listComments } from "@/server/comments/list-comments";

export const GET = apiRoute<{ id: string }>("article:read", async ({ params }) =>
  Response.json({ comments: await listComments(idParam(params.id, "article")) }),
);
