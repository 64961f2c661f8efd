// Applying a QA issue's suggested fix. Its own module: the workspace imports it without the checks.
import type { QaIssue } from "./types";

/** The sentence text with an issue's suggestion applied (the text unchanged when it has none). */
export function applySuggestion(text: string, issue: Pick<QaIssue, "start" | "end" | "suggestion">): string {
  if (!issue.suggestion) return text;
  return text.slice(0, issue.start) + issue.suggestion.replacement + text.slice(issue.end);
}
