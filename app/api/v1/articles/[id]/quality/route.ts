import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { articleQuality } from "@/server/quality/article-quality";

export const GET = apiRoute(contract.articleQuality, "article:read", async ({ params }) => articleQuality(idParam(params.id, "article")));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
