import "server-only";
import { createHash } from "node:crypto";

/** API tokens are stored as their SHA-256: high-entropy random tokens need no slow hash. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
