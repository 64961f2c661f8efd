// Sign-in throttling rules, pure: how long failed sign-ins block the next attempt, per account and per
// client address. A few failures are free; then each failure doubles the wait; past a limit it is a lock.

export interface ThrottlePolicy {
  /** Failures allowed without any wait. */
  free: number;
  /** At this many failures the key is locked for `lockMs`. */
  lockAt: number;
  lockMs: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
}

const minute = 60_000;

export const accountPolicy: ThrottlePolicy = { free: 5, lockAt: 10, lockMs: 15 * minute, windowMs: 15 * minute };
export const addressPolicy: ThrottlePolicy = { free: 20, lockAt: 50, lockMs: 15 * minute, windowMs: 15 * minute };

/** The failure count after one more failure, starting again when the last one is outside the window. */
export function failuresAfter(previous: { failures: number; lastFailureAt: Date } | null, policy: ThrottlePolicy, now: Date): number {
  if (!previous || now.getTime() - previous.lastFailureAt.getTime() > policy.windowMs) return 1;
  return previous.failures + 1;
}

/** Until when no attempt is checked after `failures` failures: nothing, 1 s, 2 s, 4 s … then the lock. */
export function blockedUntil(failures: number, policy: ThrottlePolicy, now: Date): Date | null {
  if (failures >= policy.lockAt) return new Date(now.getTime() + policy.lockMs);
  if (failures <= policy.free) return null;
  return new Date(now.getTime() + 1000 * 2 ** (failures - policy.free - 1));
}

/** True when `failures` reached the lock (rather than a short wait). */
export function isLocked(failures: number, policy: ThrottlePolicy): boolean {
  return failures >= policy.lockAt;
}

/** What the sign-in form says while an account or address is blocked. */
export function blockedMessage(until: Date, locked: boolean, now: Date): string {
  const seconds = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 1000));
  if (!locked) return `Too many failed sign-ins: wait ${seconds} second${seconds === 1 ? "" : "s"} and try again.`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many failed sign-ins: sign-in is locked for ${minutes} minute${minutes === 1 ? "" : "s"}. An administrator can unlock the account.`;
}
