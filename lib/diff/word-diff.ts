import { diffWordsWithSpace } from "diff";

export type DiffPartKind = "equal" | "insert" | "delete";

export interface DiffPart {
  kind: DiffPartKind;
  value: string;
}

/**
 * Word-level difference from `before` to `after`. Whitespace is a token of its own, so a change of
 * one word never marks its neighbours. Adjacent parts of the same kind are merged.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const change of diffWordsWithSpace(before, after)) {
    const kind: DiffPartKind = change.added ? "insert" : change.removed ? "delete" : "equal";
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.value += change.value;
    else if (change.value !== "") parts.push({ kind, value: change.value });
  }
  return parts;
}

/** True when the diff has any insertion or deletion. */
export function hasChanges(parts: DiffPart[]): boolean {
  return parts.some((part) => part.kind !== "equal");
}
