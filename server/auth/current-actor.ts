import "server-only";
import { getServerSession } from "next-auth";
import { db } from "@/server/db";
import { type Actor, loadActor } from "./actor";
import { authOptions } from "./options";
import { hashToken } from "./token-hash";

/** The actor behind a bearer token, or null when the token is unknown, revoked or its user disabled. */
export async function actorFromToken(token: string): Promise<Actor | null> {
  const found = await db.apiToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!found || found.revokedAt) return null;
  const actor = await loadActor(found.userId);
  if (actor) await db.apiToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return actor;
}

/** The actor of the current session cookie, or null. */
export async function actorFromSession(): Promise<Actor | null> {
  const session = await getServerSession(authOptions);
  const userId = Number(session?.user?.id);
  return Number.isInteger(userId) ? loadActor(userId, session?.sessionVersion ?? 0) : null;
}
