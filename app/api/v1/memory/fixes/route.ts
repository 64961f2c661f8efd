import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { listLearnedFixes } from "@/server/memory/learned-fix-list";

export const GET = apiRoute(contract.listLearnedFixes, "article:read", async () => ({ fixes: await listLearnedFixes() }));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
