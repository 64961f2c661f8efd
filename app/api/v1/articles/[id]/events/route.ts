import { apiRoute, idParam } from "@/server/api/route";
import { eventStream, lastEventId } from "@/server/events/event-stream";

// Server-Sent Events: never cached, never prerendered.
export const dynamic = "force-dynamic";

export const GET = apiRoute<{ id: string }>("article:read", async ({ request, actor, params }) =>
  eventStream({ actor, articleId: idParam(params.id, "article"), after: lastEventId(request), signal: request.signal }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
