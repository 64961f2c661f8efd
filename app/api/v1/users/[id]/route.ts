import { contract } from "@/lib/api/contract";
import { apiRoute, idParam } from "@/server/api/route";
import { updateUser } from "@/server/users/manage-users";

export const PATCH = apiRoute(contract.updateUser, "user:manage", async ({ body, params }) => updateUser(idParam(params.id, "user"), body));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, POST, PUT, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
