import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { workspaceSentences } from "@/server/articles/workspace-sentences";

export const GET = apiRoute(contract.workspaceSentences, "article:read", async ({ params }) => workspaceSentences(idParam(params.id, "article")));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
