// Test helpers for the QA checks (imported by the *.test.ts files only).

import type { GlossaryTerm } from "../glossary/term";
import type { QaCheck, QaIssue, QaSentence } from "./types";

/** Sentences whose MT text equals the correction unless given. */
export function sentences(...items: (string | Partial<QaSentence>)[]): QaSentence[] {
  return items.map((item, i) => {
    const s = typeof item === "string" ? { text: item } : item;
    const text = s.text ?? "";
    return { id: i + 1, sourceText: s.sourceText ?? text, text, originalText: s.originalText ?? null };
  });
}

export function run(check: QaCheck, items: QaSentence[], options: { lang?: string; glossary?: GlossaryTerm[] } = {}): QaIssue[] {
  return check({ sentences: items, lang: options.lang ?? "en", glossary: options.glossary ?? [], learnedFixes: [] });
}

/** The text each issue points at. */
export function spans(issues: QaIssue[], items: QaSentence[]): string[] {
  return issues.map((i) => (items.find((s) => s.id === i.sentenceId)?.text ?? "").slice(i.start, i.end));
}
