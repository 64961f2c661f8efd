// Find and replace across the sentences of an article. Pure: no database, no Next.
import { AppError } from "./errors";

export interface FindOptions {
  find: string;
  replace: string;
  /** `find` is a JavaScript regular expression; `replace` may use $1, $<name>, $&. */
  regex?: boolean;
  caseSensitive?: boolean;
  /** Only matches that start and end at word boundaries (letters, digits, marks and _ count as word characters). */
  wholeWord?: boolean;
}

export interface Hit {
  /** Offsets into the sentence text before the replacement. */
  start: number;
  end: number;
  match: string;
  replacement: string;
}

export interface SentenceMatch<Id> {
  id: Id;
  before: string;
  after: string;
  hits: Hit[];
}

/** Longest pattern accepted, and most text searched, so a pathological pattern stays bounded. */
export const maxPatternLength = 500;
export const maxSearchedCharacters = 2_000_000;
/** More hits than this is refused: the change would be too large to preview or review. */
export const maxHits = 5000;

const wordChar = /[\p{L}\p{N}\p{M}_]/u;

function isWordBoundary(text: string, index: number): boolean {
  const before = index > 0 && wordChar.test(text[index - 1]);
  const after = index < text.length && wordChar.test(text[index]);
  return before !== after;
}

// A group that repeats something and is itself repeated: the shape of catastrophic backtracking.
const nestedRepetition = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Builds the search expression, or throws an `unprocessable` AppError that says what is wrong. */
export function compileFind(options: FindOptions): RegExp {
  if (options.find.length === 0) throw new AppError("unprocessable", "Type what to find.");
  if (options.find.length > maxPatternLength) {
    throw new AppError("unprocessable", `What to find may be at most ${maxPatternLength} characters.`);
  }
  if (options.regex && nestedRepetition.test(options.find)) {
    throw new AppError("unprocessable", "Nested repetition such as (a+)+ can take forever to search: simplify the regular expression.");
  }
  const source = options.regex ? options.find : escapeRegex(options.find);
  const flags = `gu${options.caseSensitive ? "" : "i"}`;
  try {
    return new RegExp(source, flags);
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, "") : "invalid";
    throw new AppError("unprocessable", `The regular expression is not valid: ${reason}.`);
  }
}

/** Expands $&, $1…$99, $<name> and $$ in a regex replacement; a plain replacement is taken literally. */
function expand(replace: string, match: RegExpExecArray, regex: boolean): string {
  if (!regex) return replace;
  return replace.replace(/\$(\$|&|\d{1,2}|<([^>]*)>)/g, (token, what: string, name: string | undefined) => {
    if (what === "$") return "$";
    if (what === "&") return match[0];
    if (name !== undefined) return match.groups?.[name] ?? "";
    const index = Number(what);
    return index < match.length ? (match[index] ?? "") : token;
  });
}

/** The hits of `pattern` in one text, honouring whole-word; `budget` is how many more hits are allowed. */
function hitsIn(text: string, pattern: RegExp, options: FindOptions, budget: number): Hit[] {
  const hits: Hit[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    // An empty match would loop forever and replaces nothing useful: step over it.
    if (end === start) {
      pattern.lastIndex = start + 1;
      continue;
    }
    if (options.wholeWord && !(isWordBoundary(text, start) && isWordBoundary(text, end))) continue;
    hits.push({ start, end, match: match[0], replacement: expand(options.replace, match, options.regex ?? false) });
    if (hits.length > budget) break;
  }
  return hits;
}

function applyHits(text: string, hits: Hit[]): string {
  let out = "";
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.start) + hit.replacement;
    at = hit.end;
  }
  return out + text.slice(at);
}

/**
 * Every sentence whose text `find` matches, with its hits and the text after replacing them. Sentences
 * whose text would not change (the replacement equals the match) are left out.
 */
export function findAndReplace<Id>(sentences: readonly { id: Id; text: string }[], options: FindOptions): SentenceMatch<Id>[] {
  const pattern = compileFind(options);
  const searched = sentences.reduce((sum, sentence) => sum + sentence.text.length, 0);
  if (searched > maxSearchedCharacters) {
    throw new AppError("unprocessable", `The article is too long to search (more than ${maxSearchedCharacters} characters).`);
  }
  const results: SentenceMatch<Id>[] = [];
  let total = 0;
  for (const sentence of sentences) {
    const hits = hitsIn(sentence.text, pattern, options, maxHits - total);
    total += hits.length;
    if (total > maxHits) throw new AppError("unprocessable", `More than ${maxHits} matches: narrow the search.`);
    if (hits.length === 0) continue;
    const after = applyHits(sentence.text, hits);
    if (after !== sentence.text) results.push({ id: sentence.id, before: sentence.text, after, hits });
  }
  return results;
}

/** A short human description of a replacement, for the change set: Replace "Kahn" → "Khan" (3 sentences). */
export function describeReplace(options: FindOptions, sentences: number): string {
  const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  return `Replace ${options.regex ? "/" + clip(options.find) + "/" : JSON.stringify(clip(options.find))} → ${JSON.stringify(clip(options.replace))} (${sentences} sentence${sentences === 1 ? "" : "s"})`;
}

// Shapes the find-and-replace and change-set API returns; shared by server use cases and components.

/** One action that changed several sentences at once. */
export interface ChangeSetView {
  id: string;
  articleId: number;
  kind: string;
  description: string;
  createdAt: string;
  author: { id: number; name: string; email: string };
  /** How many revisions (one per sentence) it made. */
  sentences: number;
}

/** A sentence by its 1-based number among the article's current sentences (null when no longer in it). */
export interface SentenceRef {
  sentenceId: number;
  number: number | null;
}

export interface FindReplaceHit {
  sentenceId: number;
  /** 1-based number of the sentence in the article. */
  number: number;
  before: string;
  after: string;
  version: number;
  /** Each match, with offsets into `before`. */
  matches: Hit[];
}

export interface FindReplacePreview {
  hits: FindReplaceHit[];
  /** Number of matches across all sentences. */
  total: number;
}

export interface FindReplaceResult {
  changeSet: ChangeSetView;
  hits: FindReplaceHit[];
}
