import "server-only";
import { checkIds, type CheckId } from "@/lib/qa";

/** The checks switched on for an article, from its comma-separated `disabledChecks`. */
export function enabledChecks(disabledChecks: string): CheckId[] {
  const disabled = new Set(disabledChecks.split(",").map((id) => id.trim()));
  return checkIds.filter((id) => !disabled.has(id));
}

/** The `disabledChecks` value that leaves exactly `enabled` switched on. */
export function disabledChecksValue(enabled: readonly CheckId[]): string {
  const on = new Set(enabled);
  return checkIds.filter((id) => !on.has(id)).join(",");
}
