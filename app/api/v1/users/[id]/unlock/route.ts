import { apiRoute, idParam } from "@/server/api/route";
import { unlockSignIn } from "@/server/users/manage-users";

/** Clears a user's failed sign-ins, so a locked account can sign in again at once (ADMIN). */
export const POST = apiRoute<{ id: string }>("user:manage", async ({ params }) => Response.json(await unlockSignIn(idParam(params.id, "user"))));

// Any other method: a JSON 405 (server/api/method-not-allowed.ts).
export { GET, PUT, PATCH, DELETE, OPTIONS } from "@/server/api/method-not-allowed";
