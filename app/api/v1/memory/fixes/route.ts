import { apiRoute } from "@/server/api/route";
import { listLearnedFixes } from "@/server/memory/learned-fix-list";

export const GET = apiRoute("article:read", async () => Response.json({ fixes: await listLearnedFixes() }));
