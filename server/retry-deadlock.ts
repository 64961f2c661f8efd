import "server-only";

// PostgreSQL breaks a deadlock by failing one of the transactions in it (SQLSTATE 40P01): two memory
// flushes of two instances, say, that count the same learned fixes in different orders. The victim is
// meant to run again; its work was rolled back whole.

const deadlock = "40P01";

/** True when `error` (or its cause, as Prisma's adapter wraps it) is PostgreSQL's deadlock error. */
export function isDeadlock(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && typeof current === "object" && depth < 4; depth++) {
    if (("code" in current && current.code === deadlock) || ("originalCode" in current && current.originalCode === deadlock)) return true;
    current = "cause" in current ? current.cause : null;
  }
  return false;
}

/** Runs `transaction`, and again (at most `attempts` times in all, after a short random wait) when it was a deadlock's victim. */
export async function retryOnDeadlock<T>(transaction: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await transaction();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}
