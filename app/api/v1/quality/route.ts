import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { qualityOverview } from "@/server/quality/quality-overview";

export const GET = apiRoute(contract.qualityOverview, "article:read", async () => qualityOverview());
