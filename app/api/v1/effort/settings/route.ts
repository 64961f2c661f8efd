import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { effortSettings } from "@/server/effort/capture-setting";

export const GET = apiRoute(contract.effortSettings, "article:read", async () => effortSettings());

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
