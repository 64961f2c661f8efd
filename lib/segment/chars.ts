// Character tests for the segmenter. ASCII takes a fast path; other characters use Unicode properties.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MARK = /\p{M}/u;

/** Same set as JavaScript's \s (and String.prototype.trim). */
export function isSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "0" && ch <= "9";
}

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch < "\u0080") return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");
  return LETTER.test(ch);
}

/** A letter or a combining mark (Devanagari vowel signs are marks: "बी" is ब + ी). */
export function isLetterOrMark(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch < "\u0080") return (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z");
  return LETTER.test(ch) || MARK.test(ch);
}

/** A letter of a script without case (Arabic, Devanagari, CJK). */
export function isCaseless(ch: string | undefined): boolean {
  return ch !== undefined && ch >= "\u0080" && LETTER.test(ch) && !UPPER.test(ch) && !LOWER.test(ch);
}

export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch < "\u0080") return ch >= "A" && ch <= "Z";
  return UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  if (ch < "\u0080") return ch >= "a" && ch <= "z";
  return LOWER.test(ch);
}

/** Characters that end a sentence. */
export const TERMINALS: ReadonlySet<string> = new Set([".", "!", "?", "…", "‼", "⁇", "⁈", "⁉", "。", "！", "？"]);

/** Closing quotes and brackets, which stay with the sentence they close. */
export const CLOSERS: ReadonlySet<string> = new Set(['"', "'", "”", "’", "“", "»", "›", "«", "‹", ")", "]", "}"]);

/** Opening quotes and brackets, and Spanish inverted marks, skipped before the first word of a sentence. */
export const OPENERS: ReadonlySet<string> = new Set(['"', "'", "“", "‘", "„", "‚", "«", "»", "‹", "(", "[", "{", "¿", "¡"]);

/** Opening brackets and quotes of Chinese and Japanese, which belong to the sentence they open. */
export const CJK_OPENERS: ReadonlySet<string> = new Set(["《", "〈", "「", "『", "【", "〔", "（", "［", "｛", "〖", "〘", "〚", "“", "‘"]);

/** Full stops, exclamation and question marks of Chinese and Japanese. */
export const CJK_TERMINALS: ReadonlySet<string> = new Set(["。", "！", "？"]);

/** Bullet characters that mark list items. */
export const BULLETS = "•⁃▪‣◦●○■□";

/** Index of the first character at or after `from` that is not whitespace. */
export function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** Index just after the last character before `to` (not before `floor`) that is not whitespace. */
export function trimSpaceBack(text: string, floor: number, to: number): number {
  let i = to;
  while (i > floor && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}

/** Index of the first character at or after `from` that is not an opening quote or bracket. */
export function skipOpeners(text: string, from: number): number {
  let i = from;
  while (i < text.length && OPENERS.has(text[i])) i++;
  return i;
}
