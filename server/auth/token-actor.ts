import "server-only";
import { db } from "@/server/db";
import { type Actor, actorCacheMs, cachedActor } from "./actor";
import { hashToken } from "./token-hash";

// API tokens (Bearer). Kept apart from the session half (current-actor.ts), which needs next-auth:
// the CLI revokes and creates tokens without loading next-auth.

interface TokenRecord {
  id: number;
  userId: number;
  revoked: boolean;
}

const tokens = new Map<string, { expires: number; token: Promise<TokenRecord | null> }>();
const lastUseWritten = new Map<number, number>();

/** `ApiToken.lastUsedAt` is written at most once per this interval per token (it is shown to the minute). */
export const lastUsedIntervalMs = 60_000;

function findToken(tokenHash: string, now: number): Promise<TokenRecord | null> {
  const hit = tokens.get(tokenHash);
  if (hit && hit.expires > now) return hit.token;
  if (tokens.size > 10_000) for (const [key, entry] of tokens) if (entry.expires <= now) tokens.delete(key);
  const token = db.apiToken
    .findUnique({ where: { tokenHash }, select: { id: true, userId: true, revokedAt: true } })
    .then((row) => (row ? { id: row.id, userId: row.userId, revoked: row.revokedAt !== null } : null));
  tokens.set(tokenHash, { expires: now + actorCacheMs, token });
  token.catch(() => tokens.delete(tokenHash));
  return token;
}

/** Forgets a token's cached row in this process: call after revoking it (by its stored hash). */
export function invalidateToken(tokenHash: string): void {
  tokens.delete(tokenHash);
}

/**
 * Records that a token was used, at most once a minute per token. Bookkeeping only: when the write fails
 * (the database is locked by a backup past the busy timeout, say) it is logged and the request goes on.
 */
async function noteTokenUse(tokenId: number, now: number): Promise<void> {
  const last = lastUseWritten.get(tokenId);
  if (last !== undefined && now - last < lastUsedIntervalMs) return;
  lastUseWritten.set(tokenId, now);
  try {
    await db.apiToken.update({ where: { id: tokenId }, data: { lastUsedAt: new Date(now) } });
  } catch (error) {
    lastUseWritten.delete(tokenId);
    console.warn(`Could not record the use of API token ${tokenId}:`, error instanceof Error ? error.message : error);
  }
}

/** The actor behind a bearer token, or null when the token is unknown, revoked or its user disabled. */
export async function actorFromToken(token: string): Promise<Actor | null> {
  const now = Date.now();
  const found = await findToken(hashToken(token), now);
  if (!found || found.revoked) return null;
  const actor = await cachedActor(found.userId);
  if (actor) await noteTokenUse(found.id, now);
  return actor;
}
