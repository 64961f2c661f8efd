import { diffArrays } from "diff";
import { wordTokens } from "./tokenize";

export type DiffPartKind = "equal" | "insert" | "delete";

export interface DiffPart {
  kind: DiffPartKind;
  value: string;
}

/**
 * Word-level difference from `before` to `after`. Words, punctuation and whitespace runs are tokens of
 * their own, so a change of one word never marks its neighbours. Adjacent parts of the same kind merge.
 * `language` is the texts' language (the article's target language; "und" when unknown): the tokens
 * are the same on the server and in the browser (see ./tokenize.ts).
 */
export function wordDiff(before: string, after: string, language: string): DiffPart[] {
  // Most sentences of an article are unchanged: no tokens, no alignment.
  if (before === after) return before === "" ? [] : [{ kind: "equal", value: before }];
  const parts: DiffPart[] = [];
  for (const change of diffArrays(wordTokens(before, language), wordTokens(after, language))) {
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
