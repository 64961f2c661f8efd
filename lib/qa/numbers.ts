// The numbers of the correction differ from those of the original text (or of the MT text when there is no
// original). Numbers are compared as multisets of normalised values: 1,000 = 1.000 = 1 000 = 1000,
// 1.5 = 1,5; dates compare as their set of components (09.17.2021 = 17.09.2021 = 2021-09-17), times as
// hour:minute (10:30 = 10h30).

import { perSentence } from "./issues";

export interface NumberToken {
  /** Normalised value: "1000", "1.5", "date:9-17-2021", "time:10:30". */
  value: string;
  /** As written. */
  raw: string;
  start: number;
  end: number;
}

function stripZeros(digits: string): string {
  return digits.replace(/^0+(?=\d)/, "");
}

/** Normalises a run of digit groups and separators ("1,000.5", "1 000", "3,14"); null when it is not one number. */
function normaliseNumber(raw: string): string | null {
  const groups = raw.split(/[^\d]/);
  const seps = raw.replace(/\d/g, "").split("");
  if (seps.length === 0) return stripZeros(raw);
  const isGrouping = (from: number, to: number) => groups.slice(from, to).every((g) => g.length === 3) && groups[0].length <= 3;
  const distinct = [...new Set(seps)];
  if (distinct.length === 1) {
    const sep = distinct[0];
    if (seps.length === 1 && /[.,]/.test(sep) && (groups[1].length !== 3 || groups[0] === "0")) {
      return `${stripZeros(groups[0])}.${groups[1].replace(/0+$/, "")}`.replace(/\.$/, "");
    }
    return isGrouping(1, groups.length) ? stripZeros(groups.join("")) : null;
  }
  // Grouping separators, then one decimal separator: "1,000.5", "1.000,5", "1 000,5".
  const last = seps[seps.length - 1];
  if (!/[.,]/.test(last) || seps.slice(0, -1).some((s) => s === last) || !isGrouping(1, groups.length - 1)) return null;
  const int = stripZeros(groups.slice(0, -1).join(""));
  const frac = groups[groups.length - 1].replace(/0+$/, "");
  return frac === "" ? int : `${int}.${frac}`;
}

const datePattern = /(?<!\d)(\d{1,4})([./-])(\d{1,2})\2(\d{1,4})(?![\d])/g;
const timePattern = /(?<![\d.,])(\d{1,2})[:h](\d{2})(?![\d])/g;
const numberPattern = /\d+(?:[.,'\u00A0\u202F\u2009 ]\d+)*/g;

/** The numbers of a text, in order. */
export function extractNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let masked = text;
  const mask = (start: number, end: number) => {
    masked = masked.slice(0, start) + "\u0000".repeat(end - start) + masked.slice(end);
  };
  for (const m of text.matchAll(datePattern)) {
    const parts = [m[1], m[3], m[4]].map((p) => Number(p)).sort((a, b) => a - b);
    tokens.push({ value: `date:${parts.join("-")}`, raw: m[0], start: m.index, end: m.index + m[0].length });
    mask(m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(timePattern)) {
    tokens.push({ value: `time:${Number(m[1])}:${m[2]}`, raw: m[0], start: m.index, end: m.index + m[0].length });
    mask(m.index, m.index + m[0].length);
  }
  for (const m of masked.matchAll(numberPattern)) {
    // A plain space groups digits only in "12 000"-like runs; otherwise it separates two numbers.
    const pieces = /^\d{1,3}( \d{3})+$/.test(m[0]) || !m[0].includes(" ") ? [m[0]] : m[0].split(" ");
    let offset = m.index;
    for (const piece of pieces) {
      const value = normaliseNumber(piece);
      // Not one number (a version "1.2.3", odd grouping): compare as written.
      tokens.push({ value: value ?? piece, raw: piece, start: offset, end: offset + piece.length });
      offset += piece.length + 1;
    }
  }
  return tokens.sort((a, b) => a.start - b.start);
}

export const numbers = perSentence("numbers", (sentence, issues) => {
  const reference = sentence.originalText?.trim() ? sentence.originalText : sentence.sourceText;
  const against = reference === sentence.originalText ? "original text" : "MT text";
  const expected = new Map<string, number>();
  for (const t of extractNumbers(reference)) expected.set(t.value, (expected.get(t.value) ?? 0) + 1);
  const extra = [];
  for (const t of extractNumbers(sentence.text)) {
    const left = expected.get(t.value) ?? 0;
    if (left > 0) expected.set(t.value, left - 1);
    else extra.push(t);
  }
  for (const t of extra) {
    issues.add(sentence.id, t, t.raw, `“${t.raw}” is not in the ${against}.`);
  }
  const end = sentence.text.length;
  for (const [value, left] of expected) {
    const shown = value.replace(/^(date|time):/, "");
    for (let i = 0; i < left; i++) issues.add(sentence.id, { start: end, end }, `missing ${value}`, `“${shown}” from the ${against} is missing.`);
  }
});
