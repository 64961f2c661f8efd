import { contract } from "@/lib/api/contract";
import { apiRoute } from "@/server/api/route";
import { createUser, listUsers } from "@/server/users/manage-users";

export const GET = apiRoute(contract.listUsers, "user:manage", async () => ({ users: await listUsers() }));

export const POST = apiRoute(contract.createUser, "user:manage", async ({ body }) => createUser(body));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
