import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { sentenceSuggestions } from "@/server/memory/suggestions";

export const GET = apiRoute(contract.sentenceSuggestions, "article:read", async ({ params }) => sentenceSuggestions(idParam(params.id, "sentence")));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
