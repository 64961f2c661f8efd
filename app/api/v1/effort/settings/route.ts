import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { effortSettings } from "@/server/effort/capture-setting";

export const GET = apiRoute(contract.effortSettings, "article:read", async () => effortSettings());
