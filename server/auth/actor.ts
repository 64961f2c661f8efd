import "server-only";
import type { Role } from "@/lib/article";
import { roles } from "@/lib/article";
import { db } from "@/server/db";

/** The signed-in person a request acts for. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
}

function toRole(value: string): Role {
  return (roles as readonly string[]).includes(value) ? (value as Role) : "VIEWER";
}

/**
 * Loads an enabled user as an Actor; role and disabled flag are read fresh on every request. With a
 * session's `sessionVersion`, a session ended since (sign-out, disabling) gives null.
 */
export async function loadActor(userId: number, sessionVersion?: number): Promise<Actor | null> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user || user.disabled) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: toRole(user.role) };
}
