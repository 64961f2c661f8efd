import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { resolveThread } from "@/server/comments/resolve-thread";

export const POST = apiRoute(contract.resolveThread, "sentence:edit", async ({ body, actor, params }) =>
  resolveThread({ actor, commentId: idParam(params.id, "comment"), resolved: body.resolved }),
);

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
