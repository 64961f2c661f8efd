// Sentence segmentation: Intl.Segmenter for the language, then rules that join the boundaries it should not
// have made (abbreviations, initials, list markers, ellipses, lower-case continuations) and add the ones it
// missed ("the end.The next", one-line lists). See the tests beside this file for the rules it keeps.
import { languageData } from "./abbreviations";
import { type Candidate, digitOrDashStarts, ellipsisStarts, listStarts, missingSpaceStarts, segmenterStarts } from "./candidates";
import { isLetter, isDigit, isSpace, trimSpaceBack } from "./chars";
import { type BlockContext, joinsPrevious } from "./rules";

export interface SegmentedSentence {
  /** Sentence text: never empty, never starts or ends with whitespace. */
  text: string;
  /** Whitespace that followed the sentence in the input. */
  trailing: string;
}

/** Two lists of candidates, each in order of place (forced first at one place), merged in that order. */
function mergeByPlace(a: Candidate[], b: Candidate[]): Candidate[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const merged: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const before = b[j].at < a[i].at || (b[j].at === a[i].at && b[j].forced && !a[i].forced);
    merged.push(before ? b[j++] : a[i++]);
  }
  while (i < a.length) merged.push(a[i++]);
  while (j < b.length) merged.push(b[j++]);
  return merged;
}

/**
 * Extra possible starts (missing spaces, one-line lists, ellipses, digits and dashes) in order; forced first at
 * the same place. Each finder gives its own in order, so they are merged (Array.prototype.sort with a
 * comparator turned out slow once the segmenter had run on several languages).
 */
function extraCandidates(text: string): Candidate[] {
  const missing: Candidate[] = [];
  const lists: Candidate[] = [];
  const ellipses: Candidate[] = [];
  const digits: Candidate[] = [];
  missingSpaceStarts(text, missing);
  listStarts(text, lists);
  ellipsisStarts(text, ellipses);
  digitOrDashStarts(text, digits);
  return mergeByPlace(mergeByPlace(missing, lists), mergeByPlace(ellipses, digits));
}

function hasLetterOrDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLetter(text[i]) || isDigit(text[i])) return true;
  return false;
}

/** Sentence starts in `text` (which starts with a non-space character), always beginning with 0. */
function sentenceStarts(text: string, lang: string): number[] {
  const ctx: BlockContext = { text, data: languageData(lang) };
  const icu = segmenterStarts(text, lang);
  const extra = extraCandidates(text);
  const starts = [0];
  let start = 0;
  let scanned = 0;
  let hasContent = false;
  // Walk Intl.Segmenter's starts and the extra candidates together, in order.
  for (let i = 0, e = 0; i < icu.length || e < extra.length; ) {
    let at: number;
    let forced = false;
    if (e < extra.length && (i >= icu.length || extra[e].at <= icu[i])) {
      ({ at, forced } = extra[e++]);
      if (icu[i] === at) i++;
      while (extra[e]?.at === at) e++;
    } else at = icu[i++];
    if (at <= start || at >= text.length) continue;
    if (!hasContent) {
      hasContent = hasLetterOrDigit(text, scanned, at);
      scanned = at;
    }
    if (!forced && joinsPrevious(ctx, start, at, hasContent)) continue;
    starts.push(at);
    start = scanned = at;
    hasContent = false;
  }
  // A last "sentence" without a letter or digit (a stray closing quote) belongs to the one before.
  if (starts.length > 1 && !hasContent && !hasLetterOrDigit(text, scanned, text.length)) starts.pop();
  return starts;
}

/**
 * Splits one block of text (a paragraph) into sentences.
 * Invariant: leading + Σ(text + trailing) === input, where leading is the input's leading whitespace.
 */
export function segmentBlock(input: string, lang = "en"): { leading: string; sentences: SegmentedSentence[] } {
  let bodyStart = 0;
  while (bodyStart < input.length && isSpace(input.charCodeAt(bodyStart))) bodyStart++;
  const leading = input.slice(0, bodyStart);
  const body = input.slice(bodyStart);
  if (body === "") return { leading, sentences: [] };
  const starts = sentenceStarts(body, lang);
  const sentences = starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1] : body.length;
    const end = trimSpaceBack(body, from, to);
    return { text: body.slice(from, end), trailing: body.slice(end, to) };
  });
  return { leading, sentences };
}

/** Offsets where the sentences of `input` start (the first is where its text begins). */
export function sentenceOffsets(input: string, lang = "en"): number[] {
  const body = input.trimStart();
  if (body === "") return [];
  const shift = input.length - body.length;
  return sentenceStarts(body, lang).map((at) => at + shift);
}

/** The sentences of a text, trimmed. */
export function splitSentences(input: string, lang = "en"): string[] {
  const body = input.trimStart();
  if (body === "") return [];
  const starts = sentenceStarts(body, lang);
  // One slice per sentence, trimmed by index (isSpace is trimEnd's set).
  return starts.map((from, i) => body.slice(from, trimSpaceBack(body, from, i + 1 < starts.length ? starts[i + 1] : body.length)));
}
