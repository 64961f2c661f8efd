// Fuzzy match measure of the correction memory: token Levenshtein similarity.
//
//   score = 100 × (1 − d / max(|a|, |b|)), rounded down to a whole percent,
//
// where d is the Levenshtein distance (insert, delete, substitute one token, unit costs) between the
// token sequences of the two MT sentences (memoryTokens: words and punctuation marks). One word changed
// in a sentence of 12 tokens scores 91; a match is offered from 75 up.
import { memoryTokens } from "./normalize";

export const fuzzyThreshold = 75;

/** Levenshtein distance over token arrays; gives up above `max` (returns max + 1). */
export function tokenDistance(a: readonly string[], b: readonly string[], max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/** Similarity of two token sequences, 0..100. */
export function tokenScore(a: readonly string[], b: readonly string[]): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 100;
  // Below the threshold the exact value does not matter: stop counting early.
  const max = Math.floor(longest * (1 - fuzzyThreshold / 100)) + 1;
  const d = tokenDistance(a, b, max);
  return Math.max(0, Math.floor(100 * (1 - d / longest) + 1e-9));
}

export function matchScore(a: string, b: string): number {
  return tokenScore(memoryTokens(a), memoryTokens(b));
}

/** Token counts a remembered MT may have to score at least the threshold against one of `tokens` tokens. */
export function lengthBand(tokens: number): { min: number; max: number } {
  const ratio = fuzzyThreshold / 100;
  return { min: Math.ceil(tokens * ratio), max: Math.floor(tokens / ratio) };
}
