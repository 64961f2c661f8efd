import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { listAnnotations } from "@/server/annotations/list-annotations";

export const GET = apiRoute(contract.listAnnotations, "article:read", async ({ actor, params }) => ({
  annotations: await listAnnotations(actor, idParam(params.id, "article")),
}));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
