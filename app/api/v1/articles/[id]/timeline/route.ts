import { apiRoute, idParam } from "@/server/api/route";
import { listTimeline } from "@/server/articles/list-timeline";

export const GET = apiRoute<{ id: string }>("article:read", async ({ request, params }) => {
  const author = new URL(request.url).searchParams.get("author");
  const authorId = author ? idParam(author, "author") : undefined;
  return Response.json({ revisions: await listTimeline({ articleId: idParam(params.id, "article"), authorId }) });
});
