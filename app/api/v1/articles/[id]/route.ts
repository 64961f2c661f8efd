import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { getArticle } from "@/server/articles/get-article";

export const GET = apiRoute(contract.getArticle, "article:read", async ({ params }) => getArticle(idParam(params.id, "article")));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
