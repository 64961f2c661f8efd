import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { articleSuggestions } from "@/server/memory/suggestions";

export const GET = apiRoute(contract.articleSuggestions, "article:read", async ({ params }) => articleSuggestions(idParam(params.id, "article")));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
