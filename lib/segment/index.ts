// Sentence segmentation: Intl.Segmenter for the language, then rules that join the boundaries it should not
// have made (abbreviations, initials, list markers, ellipses, lower-case continuations) and add the ones it
// missed ("the end.The next", one-line lists). See the tests beside this file for the rules it keeps.
import { languageData } from "./abbreviations";
import { type Candidate, ellipsisStarts, listStarts, missingSpaceStarts, segmenterStarts } from "./candidates";
import { isLetter, isDigit, isSpace } from "./chars";
import { type BlockContext, joinsPrevious } from "./rules";

export interface SegmentedSentence {
  /** Sentence text: never empty, never starts or ends with whitespace. */
  text: string;
  /** Whitespace that followed the sentence in the input. */
  trailing: string;
}

/** All possible sentence starts in order; a forced one wins over an unforced one at the same place. */
function candidates(text: string, lang: string): Candidate[] {
  const extra = [...missingSpaceStarts(text), ...listStarts(text), ...ellipsisStarts(text)].sort((a, b) => a.at - b.at);
  const merged: Candidate[] = [];
  let e = 0;
  const push = (candidate: Candidate) => {
    const last = merged[merged.length - 1];
    if (last?.at === candidate.at) last.forced ||= candidate.forced;
    else merged.push(candidate);
  };
  for (const at of segmenterStarts(text, lang)) {
    while (e < extra.length && extra[e].at <= at) push(extra[e++]);
    push({ at, forced: false });
  }
  while (e < extra.length) push(extra[e++]);
  return merged;
}

/** Sentence starts in `text` (which starts with a non-space character), always beginning with 0. */
function sentenceStarts(text: string, lang: string): number[] {
  const ctx: BlockContext = { text, data: languageData(lang) };
  const starts = [0];
  let start = 0;
  let scanned = 0;
  let hasContent = false;
  for (const { at, forced } of candidates(text, lang)) {
    if (at <= start || at >= text.length) continue;
    for (; !hasContent && scanned < at; scanned++) hasContent = isLetter(text[scanned]) || isDigit(text[scanned]);
    if (!forced && joinsPrevious(ctx, start, at, hasContent)) continue;
    starts.push(at);
    start = scanned = at;
    hasContent = false;
  }
  // A last "sentence" without a letter or digit (a stray closing quote) belongs to the one before.
  for (; !hasContent && scanned < text.length; scanned++) hasContent = isLetter(text[scanned]) || isDigit(text[scanned]);
  if (!hasContent && starts.length > 1) starts.pop();
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
    const segment = body.slice(from, starts[i + 1] ?? body.length);
    const text = segment.trimEnd();
    return { text, trailing: segment.slice(text.length) };
  });
  return { leading, sentences };
}

/** The sentences of a text, trimmed. */
export function splitSentences(input: string, lang = "en"): string[] {
  return segmentBlock(input, lang).sentences.map((sentence) => sentence.text);
}
