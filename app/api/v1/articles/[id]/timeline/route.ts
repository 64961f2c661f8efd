import { z } from "zod";
import { revisionKinds } from "@/lib/article";
import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { listTimeline } from "@/server/articles/list-timeline";

const timelineQuery = z.object({
  author: z.string().regex(/^\d{1,15}$/, "author must be a user id").transform(Number).optional(),
  kind: z.enum(revisionKinds).optional(),
  from: z.iso.datetime({ offset: true, message: "from must be an ISO date-time" }).transform((s) => new Date(s)).optional(),
  to: z.iso.datetime({ offset: true, message: "to must be an ISO date-time" }).transform((s) => new Date(s)).optional(),
});

export const GET = apiRoute(contract.timeline, "article:read", async ({ request, params }) => {
  const query = timelineQuery.parse(Object.fromEntries(new URL(request.url).searchParams));
  const revisions = await listTimeline({
    articleId: idParam(params.id, "article"),
    authorId: query.author,
    kind: query.kind,
    from: query.from,
    to: query.to,
  });
  return { revisions };
});

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
