// Glossary: a forbidden variant is used (suggest the preferred term), or the term is missing although
// its original-language term is in the original text. One combined matcher finds every phrase of the
// glossary in a sentence at once (lib/glossary/matcher.ts); the server builds it once per glossary version.

import { GlossaryMatcher, type PhraseHit } from "../glossary/matcher";
import { IssueList } from "./issues";
import type { QaCheck, QaSentence } from "./types";

/** Gives `term` the capital of `like` when `like` starts with one. */
function matchCase(term: string, like: string): string {
  return /^\p{Lu}/u.test(like) && /^\p{Ll}/u.test(term) ? term[0].toUpperCase() + term.slice(1) : term;
}

/** Hits grouped by glossary entry. */
function byEntry(hits: PhraseHit[]): Map<number, PhraseHit[]> {
  const groups = new Map<number, PhraseHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.ref.entry);
    if (group) group.push(hit);
    else groups.set(hit.ref.entry, [hit]);
  }
  return groups;
}

export const glossary: QaCheck = (ctx) => {
  const issues = new IssueList("glossary");
  if (ctx.glossary.length === 0) return issues.issues;
  const matcher = ctx.glossaryMatcher ?? new GlossaryMatcher(ctx.glossary);
  for (const sentence of ctx.sentences) visit(sentence, matcher, issues);
  return issues.issues;
};

function visit(sentence: QaSentence, matcher: GlossaryMatcher, issues: IssueList): void {
  const { text } = sentence;
  const inText = byEntry(matcher.find(text, ["term", "forbidden"]));
  const inOriginal = sentence.originalText ? byEntry(matcher.find(sentence.originalText, ["original"])) : new Map<number, PhraseHit[]>();
  // Entries in glossary order, variants in entry order, hits in text order: the order issue keys count in.
  const entries = [...new Set([...inText.keys(), ...inOriginal.keys()])].sort((a, b) => a - b);
  for (const index of entries) {
    const entry = matcher.glossary[index];
    const found = inText.get(index) ?? [];
    const preferred = found.filter((hit) => hit.ref.kind === "term");
    const variants = found.filter((hit) => hit.ref.kind === "forbidden").sort((a, b) => a.ref.variant - b.ref.variant || a.start - b.start);
    for (const hit of variants) {
      // A variant that is part of the preferred term itself ("Organisation" in "Organisation of X").
      if (preferred.some((p) => p.start <= hit.start && hit.end <= p.end)) continue;
      issues.add(sentence.id, hit, hit.value.toLowerCase(), `Glossary: use “${entry.term}”, not “${hit.value}”.`, matchCase(entry.term, hit.value));
    }
    const original = entry.originalTerm?.trim();
    if (original && preferred.length === 0 && inOriginal.has(index)) {
      issues.add(
        sentence.id,
        { start: text.length, end: text.length },
        `missing ${entry.term.toLowerCase()}`,
        `Glossary: the original has “${original}”; the translation should use “${entry.term}”.`,
      );
    }
  }
}
