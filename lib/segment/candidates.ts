// Where a sentence may start: boundaries from Intl.Segmenter plus the ones it misses.
import { BULLETS, CJK_OPENERS, CJK_TERMINALS, isDigit, isLower, isSpace, isUpper, skipSpace } from "./chars";

/** A possible sentence start. A forced one is always kept; the others go through the join rules. */
export interface Candidate {
  at: number;
  forced: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
    } catch {
      segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

// V8's Intl.Segmenter slows down sharply on long strings (about 100× per segment past ~64k characters), so long
// blocks are fed to it in pieces. A piece ends after a line break or before a capitalised word that follows
// end punctuation and a space: Intl.Segmenter always breaks there, so the result is the same.
const PIECE = 20_000;
const SURE_BREAK = /[.!?。！？]["'”’»)\]]*\s+(?=\p{Lu})/gu;

/** End of the piece that starts at `from`, and whether Intl.Segmenter would break there. */
function pieceEnd(text: string, from: number): { end: number; sure: boolean } {
  const limit = from + PIECE;
  if (limit >= text.length) return { end: text.length, sure: false };
  const half = from + PIECE / 2;
  const newline = text.lastIndexOf("\n", limit - 1);
  if (newline >= half) return { end: newline + 1, sure: true };
  let cut = -1;
  SURE_BREAK.lastIndex = half;
  for (let m = SURE_BREAK.exec(text); m && m.index + m[0].length <= limit; m = SURE_BREAK.exec(text)) cut = m.index + m[0].length;
  if (cut !== -1) return { end: cut, sure: true };
  // No sure break in sight (a huge run-on block): cut anywhere but inside a surrogate pair.
  const code = text.charCodeAt(limit);
  return { end: code >= 0xdc00 && code <= 0xdfff ? limit + 1 : limit, sure: false };
}

// Note references glued to the word or full stop before them: "so.[1] Then", "Ouch[1].[2]", "了。[3]然后".
const NOTE_MARKERS = /(?:\[(?:\d{1,4}|[a-z]|[ivxlc]{1,6}|[*†‡§])\])+/y;

/**
 * Where a start that Intl.Segmenter put inside a note reference ("so.[" ⟂ "1] Then": it takes the opening
 * bracket for a closing one) belongs: after the markers, which stay with the sentence they follow.
 * `index` itself when it is not inside one.
 */
function pastNoteMarkers(text: string, index: number): number {
  const bracket = index - 1;
  if (text[bracket] !== "[" || bracket === 0 || isSpace(text.charCodeAt(bracket - 1))) return index;
  NOTE_MARKERS.lastIndex = bracket;
  return NOTE_MARKERS.test(text) ? NOTE_MARKERS.lastIndex : index;
}

/**
 * Adds a start at the first non-space at or after `index` (past a spaced French closing guillemet, past note
 * references glued to the sentence before). Chinese and Japanese opening brackets and quotes that
 * Intl.Segmenter leaves at the end of the previous sentence ("…发现”。“文化…", "。《南极条约》") open the next one.
 */
function addStart(text: string, starts: number[], index: number): void {
  let at = skipSpace(text, pastNoteMarkers(text, index));
  if (at === index) {
    let opener = at;
    while (opener > 0 && CJK_OPENERS.has(text[opener - 1])) opener--;
    if (opener < at && CJK_TERMINALS.has(text[opener - 1] ?? "")) at = opener;
  }
  if (text[at] === "»" || text[at] === "›") at = skipSpace(text, at + 1);
  if (at < text.length && at !== starts[starts.length - 1]) starts.push(at);
}

/** Sentence starts found by Intl.Segmenter, moved past whitespace. */
export function segmenterStarts(text: string, lang: string): number[] {
  const segmenter = segmenterFor(lang);
  const starts: number[] = [];
  if (text.length <= PIECE) {
    addBreaks(segmenter, text, 0, text, starts);
    return starts;
  }
  for (let from = 0, sure = false; from < text.length; ) {
    const piece = pieceEnd(text, from);
    if (sure) addStart(text, starts, from);
    addBreaks(segmenter, text.slice(from, piece.end), from, text, starts);
    from = piece.end;
    sure = piece.sure;
  }
  return starts;
}

/**
 * Adds a start for every break Intl.Segmenter finds inside `piece` (which begins at `from` in `text`).
 * Walking the segments with containing() gives the same segments as iterating them, about a third faster
 * (no iterator result objects).
 */
function addBreaks(segmenter: Intl.Segmenter, piece: string, from: number, text: string, starts: number[]): void {
  const segments = segmenter.segment(piece);
  for (let at = 0; ; ) {
    const segment = segments.containing(at);
    if (!segment) return;
    at = segment.index + segment.segment.length;
    if (at >= piece.length) return;
    addStart(text, starts, from + at);
  }
}

// A full stop (closing quotes or brackets after it), whitespace, then a digit or a dialogue dash before a
// capitalised word: "Marighella. 19 de junho", ". — Oui, dit-il". Intl.Segmenter breaks only before a capital.
const DIGIT_OR_DASH_AFTER_STOP = /[.!?…]["'”’»)\]]*[ \t\u00a0]+(?=\d|(?:--|[-–—])[ \u00a0]["'“„«`]*\p{Lu})/gu;
// What it needs, without Unicode classes (much faster to scan): most paragraphs have none.
const MAY_HAVE_DIGIT_OR_DASH_AFTER_STOP = /[.!?…]["'”’»)\]]*[ \t\u00a0]+(?:\d|--|[-–—][ \u00a0])/;

/** Possible starts before a digit or a dialogue dash after end punctuation (judged by the join rules), added to `found`. */
export function digitOrDashStarts(text: string, found: Candidate[]): void {
  if (!MAY_HAVE_DIGIT_OR_DASH_AFTER_STOP.test(text)) return;
  DIGIT_OR_DASH_AFTER_STOP.lastIndex = 0;
  for (let match = DIGIT_OR_DASH_AFTER_STOP.exec(text); match; match = DIGIT_OR_DASH_AFTER_STOP.exec(text)) {
    found.push({ at: match.index + match[0].length, forced: false });
  }
}

// "the end.The next": a full stop (or ! ?) right before a capitalised word (checked after the match; a plain
// regex without Unicode classes scans much faster).
const MISSING_SPACE = /[.!?]+(?=[^\s\d.!?,;:'"’”)\]])/g;
const URL_LIKE = /@|:\/\/|www\./;

const ADDRESS_CHAR = /[!-~]/;
// Also a query string ("news.asp?ArticleID=97508") without the scheme.
const ADDRESS_LIKE = /@|:\/\/|www\.|\?[\w.%-]+=/;

/**
 * Whether `from`–`to` is inside a web or e-mail address: the run of visible ASCII characters around it
 * (addresses are ASCII; Chinese text has no spaces to stop at) holds "@", "://" or "www.".
 */
export function insideAddress(text: string, from: number, to: number): boolean {
  let start = from;
  while (start > 0 && from - start < 200 && ADDRESS_CHAR.test(text[start - 1])) start--;
  let end = to;
  while (end < text.length && end - to < 200 && ADDRESS_CHAR.test(text[end])) end++;
  return ADDRESS_LIKE.test(text.slice(start, end));
}

function tokenAround(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && from - start < 200 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = to;
  while (end < text.length && end - to < 200 && !isSpace(text.charCodeAt(end))) end++;
  return text.slice(start, end);
}

/** Sentence starts with no space before them, e.g. "world.Today" or "1,000.That" (not in e-mail or web addresses), added to `found`. */
export function missingSpaceStarts(text: string, found: Candidate[]): void {
  MISSING_SPACE.lastIndex = 0;
  for (let match = MISSING_SPACE.exec(text); match; match = MISSING_SPACE.exec(text)) {
    const end = match.index + match[0].length;
    if (!isUpper(text[end]) || !isLower(text[end + 1])) continue;
    const before = text[match.index - 1];
    const word = text[match.index - 2];
    if (!(isLower(before) || isDigit(before)) || !(isLower(word) || isDigit(word))) continue;
    if (URL_LIKE.test(tokenAround(text, match.index, end))) continue;
    found.push({ at: end, forced: false });
  }
}

// A list marker: an optional bullet, then "1.", "1.)", "1)", "(1)", "a.", "a)" or "(a)", then a space.
const MARKER_SOURCE = `([${BULLETS}*\\-]\\s*)?(\\()?(?:(\\d{1,3})|([a-z])|([A-Z]))(\\.\\)|\\.|\\))(?=\\s)`;
const MARKER_AT = new RegExp(MARKER_SOURCE, "y");
const MARKER_IN_LINE = new RegExp(`(?<=\\s)${MARKER_SOURCE}`, "g");
const BULLET_AT = new RegExp(`[${BULLETS}](?=\\s)`, "y");

interface Marker {
  /** Opening bracket or not, digits / lower / upper case letter, and ".)" / "." / ")", as one number. */
  kind: number;
  value: number;
}

function markerOf(match: RegExpExecArray): Marker | null {
  const [, , paren, digits, lower, upper, suffix] = match;
  if (paren && suffix !== ")") return null;
  const type = digits ? 0 : lower ? 1 : 2;
  const value = digits ? Number(digits) : (lower ?? upper ?? "").charCodeAt(0);
  return { kind: (paren ? 1 : 0) + 2 * type + 6 * (suffix === ".)" ? 0 : suffix === "." ? 1 : 2), value };
}

/** True when a list marker or bullet starts at `at`. */
export function startsListItem(text: string, at: number): boolean {
  MARKER_AT.lastIndex = at;
  BULLET_AT.lastIndex = at;
  return MARKER_AT.test(text) || BULLET_AT.test(text);
}

/**
 * Whether a list marker or bullet may start at `at` (what MARKER_AT and BULLET_AT need first: a bullet, "*",
 * "-", "(", or up to three digits or one letter before "." or ")"): spares most lines the regular expressions.
 */
function mayStartMarker(text: string, at: number): boolean {
  const ch = text[at];
  if (ch === "(" || ch === "*" || ch === "-" || BULLETS.includes(ch)) return true;
  let i = at + 1;
  if (isDigit(ch)) {
    while (i < at + 3 && isDigit(text[i])) i++;
  } else if (!((ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z"))) return false;
  return text[i] === "." || text[i] === ")";
}

/**
 * In a line that starts a list ("1.) The first item 2.) The second item"), each next item in sequence starts
 * a sentence, with or without a full stop before it. Inline enumerations inside a sentence are left alone.
 */
function listItemsInLine(text: string, lineStart: number, lineEnd: number, found: Candidate[]): void {
  const at = skipSpace(text, lineStart);
  if (at >= lineEnd || !mayStartMarker(text, at)) return;
  MARKER_AT.lastIndex = at;
  const first = MARKER_AT.exec(text);
  if (!first) {
    BULLET_AT.lastIndex = at;
    if (!BULLET_AT.test(text)) return;
    const line = text.slice(at, lineEnd);
    const bullet = text[at];
    for (let i = line.indexOf(bullet, 1); i > 0; i = line.indexOf(bullet, i + 1)) {
      if (isSpace(line.charCodeAt(i - 1)) && isSpace(line.charCodeAt(i + 1))) found.push({ at: at + i, forced: true });
    }
    return;
  }
  let previous = markerOf(first);
  if (!previous) return;
  const line = text.slice(at, lineEnd);
  // An exec loop: matchAll copies the regular expression on every call.
  MARKER_IN_LINE.lastIndex = 0;
  for (let match = MARKER_IN_LINE.exec(line); match; match = MARKER_IN_LINE.exec(line)) {
    const marker = markerOf(match);
    if (marker && marker.kind === previous.kind && marker.value === previous.value + 1) {
      found.push({ at: at + match.index, forced: true });
      previous = marker;
    }
  }
}

/** Forced starts for the items of lists written on one line, added to `found`. */
export function listStarts(text: string, found: Candidate[]): void {
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    listItemsInLine(text, lineStart, lineEnd, found);
    lineStart = lineEnd + 1;
  }
}

// "compounds. . . . The practice": a full stop attached to a word, then a spaced ellipsis that opens the next sentence.
const ATTACHED_SPACED_ELLIPSIS = /(?<=[^\s.])\.(?:[ \u00a0]\.){3,}/g;

/** Forced starts at ellipses that open a sentence after a full stop, added to `found`. */
export function ellipsisStarts(text: string, found: Candidate[]): void {
  if (!text.includes(". . . .")) return;
  for (const match of text.matchAll(ATTACHED_SPACED_ELLIPSIS)) {
    const end = match.index + match[0].length;
    const next = skipSpace(text, end);
    if (next === end || next >= text.length || isLower(text[next]) || !/[\p{L}\p{N}]/u.test(text[next])) continue;
    found.push({ at: skipSpace(text, match.index + 1), forced: true });
  }
}
