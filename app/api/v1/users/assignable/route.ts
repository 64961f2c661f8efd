import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { listAssignable } from "@/server/workflow/list-assignable";

export const GET = apiRoute(contract.assignableUsers, "article:read", async () => ({ users: await listAssignable() }));
