import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { sentenceSuggestions } from "@/server/memory/suggestions";

export const GET = apiRoute(contract.sentenceSuggestions, "article:read", async ({ params }) => sentenceSuggestions(idParam(params.id, "sentence")));
