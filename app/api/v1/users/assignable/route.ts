import { apiRoute } from "@/server/api/route";
import { listAssignable } from "@/server/workflow/list-assignable";

export const GET = apiRoute("article:read", async () => Response.json({ users: await listAssignable() }));
