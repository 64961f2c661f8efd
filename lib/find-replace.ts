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

// A group that repeats something and is itself repeated: the commonest shape of catastrophic
// backtracking, refused at once with a clear message. Other slow patterns are stopped by the time
// budget of server/changes/scan-in-worker.ts.
const nestedRepetition = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,\d*\})/;

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** What a scan needs: the expression's source and flags, whole-word, and how many hits are too many. */
export interface ScanRequest {
  source: string;
  flags: string;
  wholeWord: boolean;
  /** The scan stops once it has found more hits than this. */
  limit: number;
}

/** One match of a scan: offsets into the text, its groups and named groups (for $1 and $<name>). */
export interface ScanMatch {
  start: number;
  end: number;
  groups: (string | undefined)[];
  named: Record<string, string | undefined> | null;
}

export interface ScanResult {
  /** The matches of each text, in order. */
  matches: ScanMatch[][];
  /** More than `limit` hits: the scan stopped early. */
  tooMany: boolean;
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

/** Checks the options and the article size and says what to scan; throws an `unprocessable` AppError. */
export function scanRequest(texts: readonly string[], options: FindOptions): ScanRequest {
  const pattern = compileFind(options);
  const searched = texts.reduce((sum, text) => sum + text.length, 0);
  if (searched > maxSearchedCharacters) {
    throw new AppError("unprocessable", `The article is too long to search (more than ${maxSearchedCharacters} characters).`);
  }
  return { source: pattern.source, flags: pattern.flags, wholeWord: options.wholeWord ?? false, limit: maxHits };
}

/**
 * Runs a scan over texts. Self-contained on purpose (no imports, no outer names): the server runs
 * its source text in a worker thread it can stop, so a pathological pattern cannot hold the event loop.
 * An empty match steps over one whole code point, never into the middle of a surrogate pair.
 */
export function scanTexts(texts: readonly string[], request: ScanRequest): ScanResult {
  const wordChar = /[\p{L}\p{N}\p{M}_]/u;
  const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
  const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
  // Word characters on both sides compared by whole code points (a letter outside the BMP counts).
  const boundary = (text: string, index: number) => {
    const pairBefore = index > 1 && isLowSurrogate(text.charCodeAt(index - 1)) && isHighSurrogate(text.charCodeAt(index - 2));
    const before = index > 0 && wordChar.test(text.slice(index - (pairBefore ? 2 : 1), index));
    const after = index < text.length && wordChar.test(String.fromCodePoint(text.codePointAt(index) ?? 0));
    return before !== after;
  };
  const pattern = new RegExp(request.source, request.flags);
  const matches: ScanMatch[][] = [];
  let total = 0;
  for (const text of texts) {
    const found: ScanMatch[] = [];
    matches.push(found);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) {
        // An empty match replaces nothing useful; step over the whole code point after it.
        if (start >= text.length) break;
        pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
        continue;
      }
      if (request.wholeWord && !(boundary(text, start) && boundary(text, end))) continue;
      found.push({ start, end, groups: [...match], named: match.groups ? { ...match.groups } : null });
      total++;
      if (total > request.limit) return { matches, tooMany: true };
    }
  }
  return { matches, tooMany: false };
}

/** Expands $&, $1…$99, $<name> and $$ in a regex replacement; a plain replacement is taken literally. */
function expand(replace: string, match: ScanMatch, regex: boolean): string {
  if (!regex) return replace;
  return replace.replace(/\$(\$|&|\d{1,2}|<([^>]*)>)/g, (token, what: string, name: string | undefined) => {
    if (what === "$") return "$";
    if (what === "&") return match.groups[0] ?? "";
    if (name !== undefined) return match.named?.[name] ?? "";
    const index = Number(what);
    return index < match.groups.length ? (match.groups[index] ?? "") : token;
  });
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

/** Turns a scan of `sentences` into the sentences that change, with their hits and replaced text. */
export function resultsOfScan<Id>(sentences: readonly { id: Id; text: string }[], scan: ScanResult, options: FindOptions): SentenceMatch<Id>[] {
  if (scan.tooMany) throw new AppError("unprocessable", `More than ${maxHits} matches: narrow the search.`);
  const results: SentenceMatch<Id>[] = [];
  sentences.forEach((sentence, index) => {
    const found = scan.matches[index] ?? [];
    if (found.length === 0) return;
    const hits = found.map((match) => ({
      start: match.start,
      end: match.end,
      match: match.groups[0] ?? "",
      replacement: expand(options.replace, match, options.regex ?? false),
    }));
    const after = applyHits(sentence.text, hits);
    if (after !== sentence.text) results.push({ id: sentence.id, before: sentence.text, after, hits });
  });
  return results;
}

/**
 * Every sentence whose text `find` matches, with its hits and the text after replacing them. Sentences
 * whose text would not change (the replacement equals the match) are left out. Runs on the calling
 * thread: the server goes through server/changes/scan-in-worker.ts for regular expressions.
 */
export function findAndReplace<Id>(sentences: readonly { id: Id; text: string }[], options: FindOptions): SentenceMatch<Id>[] {
  const texts = sentences.map((sentence) => sentence.text);
  return resultsOfScan(sentences, scanTexts(texts, scanRequest(texts, options)), options);
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

/** Longest a user's regular expression may run over one article before it is stopped (422). */
export const regexTimeBudgetMs = 2000;
