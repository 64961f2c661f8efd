// Fixing an alignment by hand: moving one original-language sentence across the boundary of two rows.

import { splitSentences } from "@/lib/segment";

export type BoundaryDirection = "up" | "down";

/** The stored originalText of two neighbouring rows (null: no original text). */
export interface OriginalPair {
  previous: string | null;
  current: string | null;
}

// Scripts written without spaces between sentences: the moved sentence joins without one.
const noSpaceLanguages = new Set(["zh", "ja", "th", "lo", "km", "my"]);

function joiner(lang: string): string {
  return noSpaceLanguages.has(lang.trim().toLowerCase().split(/[-_]/)[0] ?? "") ? "" : " ";
}

function joined(parts: string[], lang: string): string | null {
  const text = parts.join(joiner(lang)).trim();
  return text === "" ? null : text;
}

/**
 * The rule: each row's original text is split into sentences with `splitSentences` (in the original's
 * language). "up" moves the FIRST original sentence of the current row to the END of the previous row;
 * "down" moves the LAST original sentence of the previous row to the START of the current row. A row left
 * with no sentence gets null. Returns null when there is nothing to move (the giving row has no original
 * text), so the caller can refuse the request; moving the only sentence of a row is allowed.
 */
export function moveOriginalBoundary(pair: OriginalPair, direction: BoundaryDirection, lang = "en"): OriginalPair | null {
  const previous = splitSentences(pair.previous ?? "", lang);
  const current = splitSentences(pair.current ?? "", lang);
  if (direction === "up") {
    const [moved, ...rest] = current;
    if (moved === undefined) return null;
    return { previous: joined([...previous, moved], lang), current: joined(rest, lang) };
  }
  const moved = previous.at(-1);
  if (moved === undefined) return null;
  return { previous: joined(previous.slice(0, -1), lang), current: joined([moved, ...current], lang) };
}
