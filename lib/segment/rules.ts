// Rules that decide whether a possible sentence start is a real one or joins the sentence before it.
import type { LanguageData } from "./abbreviations";
import { insideAddress, startsListItem } from "./candidates";
import { CLOSERS, TERMINALS, isCaseless, isDigit, isLetter, isLetterOrMark, isLower, isSpace, isUpper, skipOpeners, trimSpaceBack } from "./chars";

export interface BlockContext {
  text: string;
  data: LanguageData;
  /** Whether every line lacks end punctuation (a list of lines); worked out when first needed. */
  lineItems?: boolean;
}

// A sentence so far that is only a list marker: "1.", "1.)", "a)", "(iv)", "• 9.".
const MARKER_ONLY = /^[•⁃▪‣◦●○■□*-]?\s*\(?(?:\d{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})[.)]{1,2}$/;
const NEXT_WORD = /[\p{L}'’]+/uy;
const FIRST_WORD = /^\p{L}+/u;
const CAMEL_CASE = /^\p{Ll}+\p{Lu}/u;
const LINE_END_PUNCTUATION = /[.!?…:;。！？]["'”’»)\]]*\s*$/;

function nextWord(text: string, at: number): string {
  NEXT_WORD.lastIndex = skipOpeners(text, at);
  return NEXT_WORD.exec(text)?.[0] ?? "";
}

/** The next sentence would start with a lower-case word ("iPhone" does not count). */
function startsLowerCase(text: string, at: number): boolean {
  const i = skipOpeners(text, at);
  return isLower(text[i]) && !CAMEL_CASE.test(text.slice(i, i + 24));
}

/** The capitalised word at `at` usually opens a sentence ("The", "He") or is a title ("Mr."). */
function startsSentence(ctx: BlockContext, at: number): boolean {
  const word = nextWord(ctx.text, at);
  if (word === "") return true;
  const key = word.toLowerCase();
  if (ctx.data.starters.has(key)) return true;
  return ctx.text[skipOpeners(ctx.text, at) + word.length] === "." && ctx.data.prepositive.has(key);
}

function isLineItems(ctx: BlockContext): boolean {
  ctx.lineItems ??= ctx.text.split("\n").every((line) => line.trim() === "" || !LINE_END_PUNCTUATION.test(line));
  return ctx.lineItems;
}

// A line at least this long that ends without punctuation was wrapped, not ended (a heading is shorter).
const WRAPPED_LINE = 40;

/**
 * A line break without end punctuation before it (`close` is the end of that line): a wrapped line joins the
 * next; list items, headings and blocks of short unpunctuated lines stay apart.
 */
function lineBreakJoins(ctx: BlockContext, close: number, at: number): boolean {
  if (startsListItem(ctx.text, at) || isLineItems(ctx)) return false;
  return startsLowerCase(ctx.text, at) || close - (ctx.text.lastIndexOf("\n", close - 1) + 1) >= WRAPPED_LINE;
}

/** "At 5 a.m." is a short introductory phrase, not a sentence. */
function introPhrase(ctx: BlockContext, start: number, wordStart: number): boolean {
  if (wordStart - start > 40 || !isUpper(ctx.text[start])) return false;
  const fragment = ctx.text.slice(start, wordStart).trim();
  if (!ctx.data.prepositions.has((FIRST_WORD.exec(fragment)?.[0] ?? "").toLowerCase())) return false;
  return !/[,;:]/.test(fragment) && fragment.split(/\s+/).length <= 3;
}

/** A number before the full stop: joins before a month ("17. September") or, in German, as an ordinal. */
function numberJoins(ctx: BlockContext, dot: number, at: number): boolean {
  const { text, data } = ctx;
  let i = dot;
  while (i > 0 && isDigit(text[i - 1])) i--;
  // A dotted date "am 5. 6. 2020".
  if (isDigit(text[at]) && dot - i <= 2 && (/^\d{1,4}\./.test(text.slice(at, at + 5)) || /\d\.\s$/.test(text.slice(i - 4, i)))) return true;
  const word = nextWord(text, at).toLowerCase();
  if (data.months.has(word)) return true;
  const standalone = i === 0 || !/[\d.,]/.test(text[i - 1]);
  return data.ordinalDot && standalone && dot - i <= 3 && isUpper(text[at]) && !startsSentence(ctx, at);
}

/** Letters of a word, not counting combining marks ("बी" is one letter). */
function letterCount(word: string): number {
  let count = 0;
  for (const ch of word) if (isLetter(ch)) count++;
  return count;
}

/**
 * Whether a word like "U.S" or "E" (before the full stop) is an initial or unlisted multi-period abbreviation.
 * In scripts without case, one letter (with its vowel signs) is an initial: "बी. सी.", "أحمد ز. أمين".
 */
function isInitials(word: string): boolean {
  if (word.length === 1) return isUpper(word) || isCaseless(word);
  if (isCaseless(word[0])) return word.split(".").every((part) => letterCount(part) === 1);
  for (let i = 0; i < word.length; i += 2) {
    if (!isLetter(word[i]) || (i + 1 < word.length && word[i + 1] !== ".")) return false;
  }
  return true;
}

/** The full stop at `dot` follows an abbreviation that does not end the sentence. */
function abbreviationJoins(ctx: BlockContext, start: number, dot: number, at: number): boolean {
  const { text, data } = ctx;
  let wordStart = dot;
  while (wordStart > start && dot - wordStart < 24) {
    const ch = text[wordStart - 1];
    if (!(isLetterOrMark(ch) || ch === "." || ch === "°" || ch === "º")) break;
    wordStart--;
  }
  if (wordStart === dot) return isDigit(text[dot - 1]) && numberJoins(ctx, dot, at);
  if (isDigit(text[wordStart - 1])) return false;
  const word = text.slice(wordStart, dot);
  const key = word.toLowerCase();
  if (data.prepositive.has(key)) return true;
  const digitNext = isDigit(text[at]);
  if (data.numeric.has(key) && digitNext) return true;
  // "[v. 908]", "n. 3": a single lower-case letter before a number is a reference, not a sentence end.
  if (digitNext && word.length === 1 && isLower(word)) return true;
  // "Objective-C." ends with a letter of a hyphenated word, not an initial.
  if (!data.other.has(key) && (!isInitials(word) || text[wordStart - 1] === "-")) return false;
  return digitNext || !startsSentence(ctx, at) || introPhrase(ctx, start, wordStart);
}

/** Number of dots in the ellipsis ending at `end` (exclusive), and whether they are spaced (". . ."). */
function ellipsisBefore(text: string, floor: number, end: number): { dots: number; spaced: boolean; from: number } {
  let dots = 0;
  let spaced = false;
  let i = end;
  while (i > floor && text[i - 1] === ".") {
    dots++;
    i--;
    if (i - 1 > floor && text[i - 1] === " " && text[i - 2] === ".") {
      spaced = true;
      i--;
    }
  }
  return { dots, spaced, from: i };
}

/** Rules after sentence-ending punctuation at `end - 1` (before closing quotes/brackets up to `close`). */
function punctuationJoins(ctx: BlockContext, start: number, end: number, close: number, at: number): boolean {
  const { text } = ctx;
  const last = text[end - 1];
  if (startsLowerCase(text, at)) return true;
  if (last !== "." && last !== "…") return false;
  const ellipsis = last === "…" ? { dots: 3, spaced: false, from: end - 1 } : ellipsisBefore(text, start, end);
  if (ellipsis.dots === 1) return abbreviationJoins(ctx, start, end - 1, at);
  // "[...]" marks an omission, not an end; a spaced three-dot ellipsis never ends a sentence.
  if (text[ellipsis.from - 1] === "[" && text[end] === "]" && end < close) return true;
  return ellipsis.spaced && ellipsis.dots === 3;
}

/**
 * Whether the possible sentence start `at` joins the sentence that began at `start`.
 * `hasContent` says whether that sentence holds a letter or digit so far.
 */
export function joinsPrevious(ctx: BlockContext, start: number, at: number, hasContent: boolean): boolean {
  const { text } = ctx;
  if (!hasContent) return true;
  // No break inside a web or e-mail address ("news.asp?ArticleID=97508"), nor inside a dotted abbreviation
  // of a script without case ("ق.م", "जी.डी.पी.").
  if (!isSpace(text.charCodeAt(at - 1))) {
    if (text.charCodeAt(at) < 0x80 && text.charCodeAt(at - 1) < 0x80 && insideAddress(text, at - 1, at)) return true;
    if (text[at - 1] === "." && isCaseless(text[at])) return true;
  }
  const close = trimSpaceBack(text, start, at);
  if (close - start <= 12 && MARKER_ONLY.test(text.slice(start, close))) return true;
  if (TERMINALS.has(text[at])) return true;
  let end = close;
  while (end > start && CLOSERS.has(text[end - 1])) end--;
  if (TERMINALS.has(text[end - 1])) return punctuationJoins(ctx, start, end, close, at);
  return text.slice(close, at).includes("\n") && lineBreakJoins(ctx, close, at);
}
