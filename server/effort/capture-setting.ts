import "server-only";
import { AppError } from "@/lib/errors";
import { idleCapMs, type EffortSettingsView } from "@/lib/effort";

/** Effort capture is on unless REDLINE_EFFORT_CAPTURE is off, false, 0 or no (read on every call). */
export function effortCaptureEnabled(): boolean {
  return !/^(off|false|0|no)$/i.test((process.env.REDLINE_EFFORT_CAPTURE ?? "on").trim());
}

export function effortSettings(): EffortSettingsView {
  return { capture: effortCaptureEnabled(), idleCapMs };
}

export function assertCaptureEnabled(): void {
  if (!effortCaptureEnabled()) throw new AppError("forbidden", "Effort capture is switched off on this installation (REDLINE_EFFORT_CAPTURE=off).");
}
