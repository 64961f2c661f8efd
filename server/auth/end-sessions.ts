import "server-only";
import { db } from "@/server/db";
import { invalidateActor } from "./actor";

/**
 * Ends every session of a user at once: the session version carried in each session's JWT no longer
 * matches the user's, so the next request with any of those cookies is signed out. API tokens are not
 * sessions: they stay valid until revoked (or the user is disabled). This process forgets its cached
 * user record at once; another instance of the server sees the new version within `actorCacheMs`.
 */
export async function endSessions(userId: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  invalidateActor(userId);
}
