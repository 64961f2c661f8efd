import { apiRoute } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { createUser, createUserBody, listUsers } from "@/server/users/manage-users";

export const GET = apiRoute("user:manage", async () => Response.json({ users: await listUsers() }));

export const POST = apiRoute("user:manage", async ({ request }) =>
  Response.json(await createUser(await readJson(request, createUserBody)), { status: 201 }),
);
