// Helpers shared by the checks.

import type { CheckId, QaCheck, QaContext, QaIssue, QaSentence } from "./types";

/** Collects the issues of one check and gives each a stable key: check, sentence, matched text, occurrence. */
export class IssueList {
  readonly issues: QaIssue[] = [];
  private readonly seen = new Map<string, number>();

  constructor(private readonly check: CheckId) {}

  add(
    sentenceId: number,
    span: { start: number; end: number },
    matched: string,
    message: string,
    replacement?: string,
  ): void {
    const base = `${this.check}|${sentenceId}|${matched}`;
    const occurrence = this.seen.get(base) ?? 0;
    this.seen.set(base, occurrence + 1);
    const issue: QaIssue = { key: `${base}|${occurrence}`, check: this.check, sentenceId, start: span.start, end: span.end, message };
    if (replacement !== undefined) issue.suggestion = { replacement };
    this.issues.push(issue);
  }
}

/** A check that looks at one sentence at a time. */
export function perSentence(check: CheckId, visit: (sentence: QaSentence, issues: IssueList, ctx: QaContext) => void): QaCheck {
  return (ctx) => {
    const issues = new IssueList(check);
    for (const sentence of ctx.sentences) visit(sentence, issues, ctx);
    return issues.issues;
  };
}

/** Letters, marks and digits: what a word is made of. */
export const WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";

export interface Token {
  value: string;
  start: number;
  end: number;
}

/** Words (runs of letters, marks and digits) with their offsets. */
export function words(text: string): Token[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)].map((m) => ({ value: m[0], start: m.index, end: m.index + m[0].length }));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Case-insensitive, whole-word occurrences of `phrase` in `text`. */
export function findPhrase(text: string, phrase: string): Token[] {
  const pattern = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(phrase)}(?!${WORD_CHAR})`, "giu");
  return [...text.matchAll(pattern)].map((m) => ({ value: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Optimal string alignment (restricted Damerau-Levenshtein) distance; gives up above `max` (returns max + 1). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}
