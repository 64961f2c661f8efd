// Substitutions editors made repeatedly in earlier articles of the language pair ("Kahn" → "Khan"),
// flagged where the MT error appears again, with the fix one click away.

import { escapeRegExp, IssueList, WORD_CHAR } from "./issues";
import type { QaCheck, QaIssue } from "./types";

/** Whole-word, case-sensitive occurrences of `phrase`. */
function occurrences(text: string, phrase: string): { start: number; end: number }[] {
  const pattern = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(phrase)}(?!${WORD_CHAR})`, "gu");
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export const learnedFix: QaCheck = (ctx) => {
  const issues = new IssueList("learned-fix");
  for (const sentence of ctx.sentences) {
    for (const rule of ctx.learnedFixes) {
      if (!sentence.text.includes(rule.from)) continue;
      // Already fixed here when the replacement covers the match ("Biden" inside "Joe Biden").
      const fixed = occurrences(sentence.text, rule.to);
      for (const span of occurrences(sentence.text, rule.from)) {
        if (fixed.some((f) => f.start <= span.start && f.end >= span.end)) continue;
        const where = rule.articles === 1 ? "1 article" : `${rule.articles} articles`;
        const who = rule.editors === 1 ? "1 editor" : `${rule.editors} editors`;
        issues.add(sentence.id, span, rule.from, `Editors corrected “${rule.from}” to “${rule.to}” before (${where}, ${who}).`, rule.to);
        issues.issues[issues.issues.length - 1].learnedFix = rule;
      }
    }
  }
  return issues.issues;
};

/**
 * One warning per problem: a learned-fix issue whose span and replacement another check already
 * reports (the inconsistent-name check flags "Kahn" too) joins that issue as its `learnedFix`.
 */
export function joinLearnedFixes(issues: QaIssue[]): QaIssue[] {
  const others = new Map<string, QaIssue>();
  for (const issue of issues) {
    if (issue.check !== "learned-fix" && issue.suggestion) others.set(`${issue.sentenceId} ${issue.start} ${issue.end} ${issue.suggestion.replacement}`, issue);
  }
  return issues.filter((issue) => {
    if (issue.check !== "learned-fix" || !issue.suggestion) return true;
    const same = others.get(`${issue.sentenceId} ${issue.start} ${issue.end} ${issue.suggestion.replacement}`);
    if (!same) return true;
    same.learnedFix = issue.learnedFix;
    return false;
  });
}
