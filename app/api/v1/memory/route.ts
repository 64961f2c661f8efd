import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { readQuery } from "@/server/effort/read-query";
import { memoryQuery, searchMemory } from "@/server/memory/search-memory";

/** ?q= (in the MT or the correction) &source= &target= &limit= (at most 200). */
export const GET = apiRoute(contract.searchMemory, "article:read", async ({ request }) => searchMemory(readQuery(request, memoryQuery)));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
