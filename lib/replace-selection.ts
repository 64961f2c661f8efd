// Find and replace with some matches left out: the editor unticks the hits that must not change
// (Putin → "Vladimir Putin" where the sentence already says "Vladimir Putin"). Pure.
import type { FindReplaceHit } from "./find-replace";

/** Match starts to leave out, by sentence id. */
export type SkippedMatches = Record<string, number[]>;

/** The text of a hit with only the matches not skipped replaced. */
export function selectedText(hit: Pick<FindReplaceHit, "before" | "matches">, skipped: readonly number[]): string {
  let out = "";
  let at = 0;
  for (const match of hit.matches) {
    if (skipped.includes(match.start)) continue;
    out += hit.before.slice(at, match.start) + match.replacement;
    at = match.end;
  }
  return out + hit.before.slice(at);
}

/** The hits with skipped matches left out; sentences left with no match (or no change) drop out. */
export function applySelection(hits: readonly FindReplaceHit[], skip: SkippedMatches | undefined): FindReplaceHit[] {
  if (!skip) return [...hits];
  const selected: FindReplaceHit[] = [];
  for (const hit of hits) {
    const skipped = skip[String(hit.sentenceId)] ?? [];
    const matches = hit.matches.filter((match) => !skipped.includes(match.start));
    if (matches.length === 0) continue;
    const after = selectedText(hit, skipped);
    if (after !== hit.before) selected.push({ ...hit, matches, after });
  }
  return selected;
}
