// Automatic QA checks: shared types. Pure: no Next, no Prisma.

import type { GlossaryMatcher } from "../glossary/matcher";
import type { GlossaryTerm } from "../glossary/term";

export const checkIds = [
  "inconsistent-name",
  "stray-full-stop",
  "double-space",
  "space-before-punctuation",
  "repeated-word",
  "unbalanced-brackets",
  "missing-final-punctuation",
  "numbers",
  "untranslated",
  "glossary",
  "learned-fix",
] as const;
export type CheckId = (typeof checkIds)[number];

export const checkLabels: Record<CheckId, string> = {
  "inconsistent-name": "Inconsistent name",
  "stray-full-stop": "Stray full stop",
  "double-space": "Double space",
  "space-before-punctuation": "Space before punctuation",
  "repeated-word": "Repeated word",
  "unbalanced-brackets": "Unbalanced quotes or brackets",
  "missing-final-punctuation": "Missing final punctuation",
  numbers: "Numbers differ",
  untranslated: "Untranslated",
  glossary: "Glossary",
  "learned-fix": "Learned fix",
};

export interface QaSentence {
  id: number;
  /** MT output. */
  sourceText: string;
  /** The editor's correction; issue offsets point into it. */
  text: string;
  /** Original-language text, when known. */
  originalText?: string | null;
}

export interface QaIssue {
  /** Stable across runs for the same problem (check, sentence, matched text, occurrence); used to store dismissals. */
  key: string;
  check: CheckId;
  sentenceId: number;
  /** UTF-16 offsets into the sentence's `text`. start === end marks a position (something is missing there). */
  start: number;
  end: number;
  message: string;
  /** Replacing text[start, end) with `replacement` fixes the issue. */
  suggestion?: { replacement: string };
  /** The same fix editors made repeatedly elsewhere (set on the learned-fix issue, or on another check's issue it joined). */
  learnedFix?: LearnedFixRule;
}

/** A substitution editors made repeatedly for this language pair (server/memory keeps the counts). */
export interface LearnedFixRule {
  id: number;
  from: string;
  to: string;
  articles: number;
  editors: number;
}

export interface QaOptions {
  /** Checks to run; all by default. */
  enabled?: readonly CheckId[];
  glossary?: readonly GlossaryTerm[];
  learnedFixes?: readonly LearnedFixRule[];
  /** The glossary's matcher when already built (the server caches one per glossary version). */
  glossaryMatcher?: GlossaryMatcher;
  /** Target language (BCP 47), for language-specific typography. Default "en". */
  lang?: string;
}

export interface QaContext {
  sentences: readonly QaSentence[];
  glossary: readonly GlossaryTerm[];
  learnedFixes: readonly LearnedFixRule[];
  glossaryMatcher?: GlossaryMatcher;
  lang: string;
}

export type QaCheck = (ctx: QaContext) => QaIssue[];
