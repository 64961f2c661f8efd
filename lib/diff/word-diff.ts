import { diffArrays } from "diff";

export type DiffPartKind = "equal" | "insert" | "delete";

export interface DiffPart {
  kind: DiffPartKind;
  value: string;
}

// Unicode word boundaries (UAX #29), so Arabic, Cyrillic or CJK words are whole tokens too.
const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

function tokenize(text: string): string[] {
  return Array.from(wordSegmenter.segment(text), (part) => part.segment);
}

/**
 * Word-level difference from `before` to `after`. Words, punctuation and whitespace runs are tokens of
 * their own, so a change of one word never marks its neighbours. Adjacent parts of the same kind merge.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffArrays(tokenize(before), tokenize(after))) {
    const kind: DiffPartKind = change.added ? "insert" : change.removed ? "delete" : "equal";
    const value = change.value.join("");
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.value += value;
    else if (value !== "") parts.push({ kind, value });
  }
  return parts;
}

/** True when the diff has any insertion or deletion. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind !== "equal");
}
