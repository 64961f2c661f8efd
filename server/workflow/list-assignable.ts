import "server-only";
import type { AssignableUserView } from "@/lib/api-types";
import { roles } from "@/lib/article";
import { db } from "@/server/db";

/** Enabled users, by name, with their role so a pick list can offer only who may do the job. */
export async function listAssignable(): Promise<AssignableUserView[]> {
  const users = await db.user.findMany({ where: { disabled: false }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, role: true } });
  return users.flatMap((user) => {
    const role = roles.find((r) => r === user.role);
    return role ? [{ id: user.id, name: user.name, role }] : [];
  });
}
