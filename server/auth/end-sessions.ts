import "server-only";
import { db } from "@/server/db";

/**
 * Ends every session of a user at once: the session version carried in each session's JWT no longer
 * matches the user's, so the next request with any of those cookies is signed out. API tokens are not
 * sessions: they stay valid until revoked (or the user is disabled).
 */
export async function endSessions(userId: number): Promise<void> {
  await db.user.updateMany({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}
