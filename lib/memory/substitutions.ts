// Word or phrase substitutions an editor made in a sentence ("Kahn" → "Khan"): the material of learned fixes.
import { wordDiff } from "../diff/word-diff";

export interface Substitution {
  from: string;
  to: string;
}

/** Longest phrase on either side that still counts as one substitution, in words. */
export const maxSubstitutionWords = 3;

function wordCount(text: string): number {
  return text.match(/[\p{L}\p{M}\p{N}]+/gu)?.length ?? 0;
}

/**
 * Substitutions from the MT to the correction: each run of changes (deleted and inserted words, with
 * the spaces between them) that deletes 1 to 3 words and inserts 1 to 3 words, trimmed. Pure
 * insertions and deletions, changes of punctuation alone, and longer rewrites are not substitutions.
 * Each pair once per sentence.
 */
export function extractSubstitutions(mt: string, correction: string, language = "und"): Substitution[] {
  const parts = wordDiff(mt, correction, language);
  const found = new Map<string, Substitution>();
  let from = "";
  let to = "";
  const flush = () => {
    const pair = { from: from.trim(), to: to.trim() };
    from = "";
    to = "";
    const fromWords = wordCount(pair.from);
    const toWords = wordCount(pair.to);
    if (fromWords === 0 || toWords === 0 || fromWords > maxSubstitutionWords || toWords > maxSubstitutionWords) return;
    if (pair.from !== pair.to) found.set(`${pair.from}\u0000${pair.to}`, pair);
  };
  parts.forEach((part, index) => {
    if (part.kind === "delete") from += part.value;
    else if (part.kind === "insert") to += part.value;
    else if (/^\s+$/u.test(part.value) && index > 0 && index < parts.length - 1 && (from || to)) {
      // A space between two changed words belongs to the change on both sides.
      from += part.value;
      to += part.value;
    } else flush();
  });
  flush();
  return [...found.values()];
}
