import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { articleMqm } from "@/server/annotations/article-mqm";

export const GET = apiRoute(contract.articleMqm, "article:read", async ({ params }) => articleMqm(idParam(params.id, "article")));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
