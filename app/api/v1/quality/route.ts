import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { qualityOverview } from "@/server/quality/quality-overview";

export const GET = apiRoute(contract.qualityOverview, "article:read", async () => qualityOverview());

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
