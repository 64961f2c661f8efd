import { apiRoute } from "@/server/api/route";
import { effortSettings } from "@/server/effort/capture-setting";

export const GET = apiRoute("article:read", async () => Response.json(effortSettings()));
