// One matcher for a whole glossary, built once per glossary version: a hash of every preferred term,
// forbidden variant and original-language term (folded), plus the token-boundary prefixes of the
// phrases of several words. Finding them all in a sentence looks up the runs of tokens from each word
// start, extending only while a prefix matches: the cost follows the sentence, not the glossary's size.
// Matches are what `findPhrase` (lib/qa/issues.ts) finds: case-insensitive and whole-word.

import type { GlossaryTerm } from "./term";

/** What a phrase is to its glossary entry. */
export type PhraseKind = "term" | "forbidden" | "original";

export interface PhraseRef {
  /** Index of the entry in the glossary the matcher was built from. */
  entry: number;
  kind: PhraseKind;
  /** Index among the entry's forbidden variants (0 for the term and the original term). */
  variant: number;
}

export interface PhraseHit {
  ref: PhraseRef;
  start: number;
  end: number;
  /** The matched text as written in the sentence. */
  value: string;
}

interface Token {
  key: string;
  word: boolean;
  start: number;
  end: number;
}

const tokenPattern = /[\p{L}\p{M}\p{N}]+|[^]/gu;
const wordPattern = /^[\p{L}\p{M}\p{N}]/u;
const singleWord = /^[\p{L}\p{M}\p{N}]+$/u;

/** Lower case, with final sigma folded like the regex `i` flag folds it. */
function fold(text: string): string {
  return text.toLowerCase().replace(/ς/g, "σ");
}

/** Runs of letters, marks and digits (words), and every other code point on its own. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(tokenPattern)) {
    tokens.push({ key: fold(match[0]), word: wordPattern.test(match[0]), start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export class GlossaryMatcher {
  readonly refs: PhraseRef[] = [];
  /** Folded phrase → its refs. A phrase's folded text is the concatenation of its tokens' keys. */
  private readonly phrases = new Map<string, number[]>();
  /** Folded beginnings (whole tokens) of phrases of several tokens: where a match may continue. */
  private readonly prefixes = new Set<string>();

  /** Builds the matcher at once; `GlossaryMatcher.build` does the same in batches that let others run. */
  constructor(
    readonly glossary: readonly GlossaryTerm[],
    entries = glossary.length,
  ) {
    this.addEntries(0, entries);
  }

  /** Builds the matcher `batch` entries at a time, yielding to the event loop in between. */
  static async build(glossary: readonly GlossaryTerm[], batch = 2000): Promise<GlossaryMatcher> {
    const matcher = new GlossaryMatcher(glossary, 0);
    for (let at = 0; at < glossary.length; at += batch) {
      matcher.addEntries(at, Math.min(at + batch, glossary.length));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    return matcher;
  }

  private addEntries(from: number, to: number): void {
    for (let index = from; index < to; index++) {
      const entry = this.glossary[index];
      this.add(entry.term, { entry: index, kind: "term", variant: 0 });
      entry.forbidden.forEach((variant, v) => this.add(variant, { entry: index, kind: "forbidden", variant: v }));
      const original = entry.originalTerm?.trim();
      if (original) this.add(original, { entry: index, kind: "original", variant: 0 });
    }
  }

  private add(phrase: string, ref: PhraseRef): void {
    if (phrase.length === 0) return;
    let key = fold(phrase);
    // Most terms are one word: no need to split them. Others record each whole-token beginning.
    if (!singleWord.test(phrase)) {
      key = "";
      for (const token of tokenize(phrase)) {
        if (key !== "") this.prefixes.add(key);
        key += token.key;
      }
    }
    this.refs.push(ref);
    const ids = this.phrases.get(key);
    if (ids) ids.push(this.refs.length - 1);
    else this.phrases.set(key, [this.refs.length - 1]);
  }

  /**
   * Every whole-word occurrence of every phrase of `kinds` in `text`, ordered by start. Like a global
   * regex, one phrase's occurrences never overlap each other.
   */
  find(text: string, kinds: readonly PhraseKind[]): PhraseHit[] {
    const tokens = tokenize(text);
    const hits: PhraseHit[] = [];
    const lastEnd = new Map<number, number>();
    for (let i = 0; i < tokens.length; i++) {
      if (i > 0 && tokens[i - 1].word) continue; // a whole word starts only after a non-word character
      let key = "";
      for (let j = i; j < tokens.length; j++) {
        if (key !== "" && !this.prefixes.has(key)) break;
        key += tokens[j].key;
        const ids = this.phrases.get(key);
        if (!ids) continue;
        if (j + 1 < tokens.length && tokens[j + 1].word) continue; // nor end right before a word character
        const start = tokens[i].start;
        const end = tokens[j].end;
        for (const id of ids) {
          const ref = this.refs[id];
          if (!kinds.includes(ref.kind) || (lastEnd.get(id) ?? -1) > start) continue;
          lastEnd.set(id, end);
          hits.push({ ref, start, end, value: text.slice(start, end) });
        }
      }
    }
    return hits;
  }
}
