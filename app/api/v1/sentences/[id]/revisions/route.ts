import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { listRevisions } from "@/server/sentences/list-revisions";

export const GET = apiRoute(contract.listRevisions, "article:read", async ({ params }) => ({
  revisions: await listRevisions(idParam(params.id, "sentence")),
}));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
