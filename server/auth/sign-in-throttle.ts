import "server-only";
import { accountPolicy, addressPolicy, blockedMessage, blockedUntil, failuresAfter, isLocked, type ThrottlePolicy } from "@/lib/sign-in-throttle";
import { db } from "@/server/db";

// Counters live in the database (SignInThrottle), so every instance of the server shares them.

interface ThrottleKey {
  key: string;
  policy: ThrottlePolicy;
}

const accountKey = (email: string) => `account:${email.toLowerCase()}`;

/** The keys an attempt counts against: the account (known or not, alike) and the client address. */
export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys = [{ key: accountKey(email), policy: accountPolicy }];
  if (address) keys.push({ key: `ip:${address}`, policy: addressPolicy });
  return keys;
}

/**
 * The client address for per-address counting: the last X-Forwarded-For hop (Next sets it to the
 * socket's address when absent; a reverse proxy appends the address it saw).
 */
export function clientAddress(headers: Record<string, unknown> | undefined): string | null {
  const forwarded = headers?.["x-forwarded-for"];
  const value = Array.isArray(forwarded) ? forwarded.join(",") : typeof forwarded === "string" ? forwarded : "";
  const last = value.split(",").pop()?.trim() ?? "";
  return last ? last.slice(0, 64) : null;
}

/** The message that refuses this attempt without checking the password, or null when it may go on. */
export async function throttledMessage(keys: ThrottleKey[], now = new Date()): Promise<string | null> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  for (const row of rows) {
    if (!row.blockedUntil || row.blockedUntil <= now) continue;
    const policy = keys.find((k) => k.key === row.key)?.policy ?? accountPolicy;
    return blockedMessage(row.blockedUntil, isLocked(row.failures, policy), now);
  }
  return null;
}

/** Counts one failed attempt against each key (one transaction, so concurrent failures all count). */
export async function recordFailure(keys: ThrottleKey[], now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { key, policy } of keys) {
      const previous = await tx.signInThrottle.findUnique({ where: { key } });
      const failures = failuresAfter(previous, policy, now);
      const data = { failures, lastFailureAt: now, blockedUntil: blockedUntil(failures, policy, now) };
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
    }
  });
}

/** A successful sign-in clears the account's failures (the address keeps its own). */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: accountKey(email) } });
}

/** Accounts whose sign-in is blocked now, by lower-case email, with until when. */
export async function lockedAccounts(now = new Date()): Promise<Map<string, Date>> {
  const rows = await db.signInThrottle.findMany({ where: { key: { startsWith: "account:" }, blockedUntil: { gt: now } } });
  return new Map(rows.flatMap((row) => (row.blockedUntil ? [[row.key.slice("account:".length), row.blockedUntil] as const] : [])));
}
