import "server-only";
import type { Role } from "@/lib/article";
import { roles } from "@/lib/article";
import { db } from "@/server/db";
import type { Prisma } from "@/server/generated/prisma/client";

/** The signed-in person a request acts for. */
export interface Actor {
  id: number;
  email: string;
  name: string;
  role: Role;
}

/**
 * How long a request may use a user row read by an earlier request. Within this process a role change
 * or a disabling takes effect at once (`invalidateActor`); another server process of the same database
 * sees it within this window.
 */
export const actorCacheMs = 5_000;

/**
 * The user fields a request's authentication reads, cached together. A new check on the user (such as a
 * session version) adds its field here and reads it from the record.
 */
export const actorRecordSelect = { id: true, email: true, name: true, role: true, disabled: true, sessionVersion: true } satisfies Prisma.UserSelect;
export type ActorRecord = Prisma.UserGetPayload<{ select: typeof actorRecordSelect }>;

const records = new Map<number, { expires: number; record: Promise<ActorRecord | null> }>();

function toRole(value: string): Role {
  return (roles as readonly string[]).includes(value) ? (value as Role) : "VIEWER";
}

/**
 * The actor of a user record, or null when the user is missing or disabled; with a session's
 * `sessionVersion`, also null when that session was ended since (sign-out, disabling).
 */
export function toActor(record: ActorRecord | null, sessionVersion?: number): Actor | null {
  if (!record || record.disabled) return null;
  if (sessionVersion !== undefined && record.sessionVersion !== sessionVersion) return null;
  return { id: record.id, email: record.email, name: record.name, role: toRole(record.role) };
}

/** Loads an enabled user as an Actor, reading the database now (the CLI, set-up). */
export async function loadActor(userId: number): Promise<Actor | null> {
  return toActor(await db.user.findUnique({ where: { id: userId }, select: actorRecordSelect }));
}

/** The user's record for a request: read at most once per `actorCacheMs` (concurrent requests share the read). */
export function cachedActorRecord(userId: number, now = Date.now()): Promise<ActorRecord | null> {
  const hit = records.get(userId);
  if (hit && hit.expires > now) return hit.record;
  if (records.size > 10_000) for (const [id, entry] of records) if (entry.expires <= now) records.delete(id);
  const record = db.user.findUnique({ where: { id: userId }, select: actorRecordSelect });
  records.set(userId, { expires: now + actorCacheMs, record });
  record.catch(() => records.delete(userId));
  return record;
}

/** An enabled user as an Actor for a request, through the cache (and a session still current, when given). */
export async function cachedActor(userId: number, sessionVersion?: number): Promise<Actor | null> {
  return toActor(await cachedActorRecord(userId), sessionVersion);
}

/** Drops a user's cached record: call after disabling a user or changing their role (or session version). */
export function invalidateActor(userId: number): void {
  records.delete(userId);
}
