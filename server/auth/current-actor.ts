import "server-only";
import { getServerSession } from "next-auth";
import { cache } from "react";
import { type Actor, cachedActor } from "./actor";
import { authOptions } from "./options";

/**
 * The actor of the current session cookie, or null. Once per page render (React `cache`): a page and its
 * layout both ask, and the session cookie is decrypted once. Route handlers call it once anyway.
 */
export const actorFromSession = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = Number(session?.user?.id);
  // The session's version must still be the user's: sign-out and disabling bump it (server/auth/end-sessions.ts).
  return Number.isInteger(userId) ? cachedActor(userId, session?.sessionVersion ?? 0) : null;
});
