import { apiRoute, idParam } from "@/server/api/route";
import { readJson } from "@/server/api/body";
import { updateUser, updateUserBody } from "@/server/users/manage-users";

export const PATCH = apiRoute<{ id: string }>("user:manage", async ({ request, params }) =>
  Response.json(await updateUser(idParam(params.id, "user"), await readJson(request, updateUserBody))),
);
