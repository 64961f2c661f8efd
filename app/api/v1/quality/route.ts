import { apiRoute } from "@/server/api/route";
import { qualityOverview } from "@/server/quality/quality-overview";

export const GET = apiRoute("article:read", async () => Response.json(await qualityOverview()));
