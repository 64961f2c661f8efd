// Runs the automatic QA checks over the sentences of an article.

import { doubleSpace } from "./double-space";
import { glossary } from "./glossary";
import { inconsistentName } from "./inconsistent-name";
import { joinLearnedFixes, learnedFix } from "./learned-fix";
import { missingFinalPunctuation } from "./missing-final-punctuation";
import { numbers } from "./numbers";
import { repeatedWord } from "./repeated-word";
import { spaceBeforePunctuation } from "./space-before-punctuation";
import { strayFullStop } from "./stray-full-stop";
import { checkIds, type CheckId, type QaCheck, type QaIssue, type QaOptions, type QaSentence } from "./types";
import { unbalancedBrackets } from "./unbalanced-brackets";
import { untranslated } from "./untranslated";

export * from "./types";
export { applySuggestion } from "./apply-suggestion";
export { extractNumbers, type NumberToken } from "./numbers";

const checks: Record<CheckId, QaCheck> = {
  "inconsistent-name": inconsistentName,
  "stray-full-stop": strayFullStop,
  "double-space": doubleSpace,
  "space-before-punctuation": spaceBeforePunctuation,
  "repeated-word": repeatedWord,
  "unbalanced-brackets": unbalancedBrackets,
  "missing-final-punctuation": missingFinalPunctuation,
  numbers,
  untranslated,
  glossary,
  "learned-fix": learnedFix,
};

/** Issues in article order (sentence, then offset, then check). `sentences` must be in article order. */
export function runChecks(sentences: QaSentence[], options: QaOptions = {}): QaIssue[] {
  const enabled = new Set(options.enabled ?? checkIds);
  const terms = options.glossaryMatcher?.glossary ?? options.glossary ?? [];
  const ctx = { sentences, glossary: terms, glossaryMatcher: options.glossaryMatcher, learnedFixes: options.learnedFixes ?? [], lang: options.lang ?? "en" };
  const order = new Map(sentences.map((s, i) => [s.id, i]));
  const issues = joinLearnedFixes(checkIds.filter((id) => enabled.has(id)).flatMap((id) => checks[id](ctx)));
  return issues.sort(
    (a, b) =>
      (order.get(a.sentenceId) ?? 0) - (order.get(b.sentenceId) ?? 0) ||
      a.start - b.start ||
      a.end - b.end ||
      checkIds.indexOf(a.check) - checkIds.indexOf(b.check),
  );
}
