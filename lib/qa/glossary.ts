// Glossary: a forbidden variant is used (suggest the preferred term), or the term is missing although
// its original-language term is in the original text.

import { findPhrase, perSentence } from "./issues";

/** Gives `term` the capital of `like` when `like` starts with one. */
function matchCase(term: string, like: string): string {
  return /^\p{Lu}/u.test(like) && /^\p{Ll}/u.test(term) ? term[0].toUpperCase() + term.slice(1) : term;
}

export const glossary = perSentence("glossary", (sentence, issues, ctx) => {
  const { text } = sentence;
  for (const entry of ctx.glossary) {
    const preferred = findPhrase(text, entry.term);
    for (const variant of entry.forbidden) {
      for (const hit of findPhrase(text, variant)) {
        // A variant that is part of the preferred term itself ("Organisation" in "Organisation of X").
        if (preferred.some((p) => p.start <= hit.start && hit.end <= p.end)) continue;
        issues.add(
          sentence.id,
          hit,
          hit.value.toLowerCase(),
          `Glossary: use “${entry.term}”, not “${hit.value}”.`,
          matchCase(entry.term, hit.value),
        );
      }
    }
    const original = entry.originalTerm?.trim();
    if (original && sentence.originalText && preferred.length === 0 && findPhrase(sentence.originalText, original).length > 0) {
      issues.add(
        sentence.id,
        { start: text.length, end: text.length },
        `missing ${entry.term.toLowerCase()}`,
        `Glossary: the original has “${original}”; the translation should use “${entry.term}”.`,
      );
    }
  }
});
