import "server-only";
import { createHash } from "node:crypto";
import { memoryTokens, normalizeSegment } from "@/lib/memory";

/** SHA-256 of the normalised MT: the exact-match key of the correction memory. */
export function mtHash(mt: string): string {
  return createHash("sha256").update(normalizeSegment(mt)).digest("hex");
}

export function tokenCount(mt: string): number {
  return memoryTokens(mt).length;
}

export function pairLabel(sourceLang: string, targetLang: string): string {
  return `${sourceLang}→${targetLang}`;
}
