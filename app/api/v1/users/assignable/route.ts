import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { listAssignable } from "@/server/workflow/list-assignable";

export const GET = apiRoute(contract.assignableUsers, "article:read", async () => ({ users: await listAssignable() }));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { POST, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
