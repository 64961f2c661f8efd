/**
 * Tercom tokenizer, ported from sacrebleu 2.6.0 `sacrebleu/tokenizers/tokenizer_ter.py`
 * (Apache-2.0), which re-implements `src/ter/core/Normalizer.java` of Tercom.
 *
 * Python semantics kept on purpose:
 * - `\s`, `str.split()` and `str.rstrip()` use Python's whitespace set (PY_WS below), which differs
 *   from JavaScript's `\s` (Python counts U+001C–U+001F and U+0085, JavaScript counts U+FEFF).
 * - All regular expressions use the `u` flag so they work on code points, as Python's `re` does.
 */

export interface TercomTokenizerOptions {
  /** Keep case. Default false: the text is lowercased. */
  caseSensitive?: boolean;
  /** Tercom normalisation: punctuation tokenisation, XML entity unescaping, line joining. */
  normalized?: boolean;
  /** Remove the punctuation characters `.,?:;!"()`. */
  noPunct?: boolean;
  /** With `normalized`, split CJK characters; with `noPunct`, also remove Asian punctuation. */
  asianSupport?: boolean;
}

/** Characters for which Python's `str.isspace()` is true (and which Python's `re` `\s` matches). */
const PY_WS = "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
const WS_RUN = new RegExp(`[${PY_WS}]+`, "gu");
const WS_CHAR = new RegExp(`[${PY_WS}]`, "u");

const ASIAN_PUNCT = /([\u3001\u3002\u3008-\u3011\u3014-\u301f\uff61-\uff65\u30fb])/gu;
const FULL_WIDTH_PUNCT = /([\uff0e\uff0c\uff1f\uff1a\uff1b\uff01\uff02\uff08\uff09])/gu;

/** Python `str.rstrip()` with no argument. */
export function pyRstrip(text: string): string {
  let end = text.length;
  while (end > 0 && WS_CHAR.test(text[end - 1])) end--;
  return text.slice(0, end);
}

/** Python `str.split()` with no argument: split on whitespace runs, no empty strings. */
export function pySplit(text: string): string[] {
  return text.split(WS_RUN).filter((word) => word !== "");
}

function normalizeGeneralAndWestern(input: string): string {
  // language-independent part: end-of-line hyphenation, line joins, XML escapes
  let sent = input
    .replace(/\n-/gu, "")
    .replace(/\n/gu, " ")
    .replace(/&quot;/gu, '"')
    .replace(/&amp;/gu, "&")
    .replace(/&lt;/gu, "<")
    .replace(/&gt;/gu, ">");

  // language-dependent (Western) part
  sent = ` ${sent} `;
  // tokenize punctuation: { | } ~  [ \ ] ^ _ `  space ! " # $ % &  ( ) * +  : ; < = > ? @  /
  sent = sent.replace(/([{-~\[-` -&(-+:-@\/])/gu, " $1 ");
  // possessives
  sent = sent.replace(/'s /gu, " 's ").replace(/'s$/gu, " 's");
  // period and comma unless preceded by a digit
  sent = sent.replace(/([^0-9])([.,])/gu, "$1 $2 ");
  // period and comma unless followed by a digit
  sent = sent.replace(/([.,])([^0-9])/gu, " $1 $2");
  // dash when preceded by a digit
  sent = sent.replace(/([0-9])(-)/gu, "$1 $2 ");
  return sent;
}

function normalizeAsian(input: string): string {
  let sent = input;
  // CJK Unified Ideographs and Extension A
  sent = sent.replace(/([\u4e00-\u9fff\u3400-\u4dbf])/gu, " $1 ");
  // CJK Strokes, CJK Radicals Supplement
  sent = sent.replace(/([\u31c0-\u31ef\u2e80-\u2eff])/gu, " $1 ");
  // CJK Compatibility, Compatibility Ideographs, Compatibility Forms
  sent = sent.replace(/([\u3300-\u33ff\uf900-\ufaff\ufe30-\ufe4f])/gu, " $1 ");
  // Enclosed CJK Letters and Months (range as upstream)
  sent = sent.replace(/([\u3200-\u3f22])/gu, " $1 ");
  // Hiragana, Katakana, Katakana Phonetic Extensions "only when adjacent to something else".
  // Upstream's `^` inside the groups is an anchor, so these only fire on a whole-string run; kept as is.
  sent = sent.replace(/(^|^[\u3040-\u309f])([\u3040-\u309f]+)(?=$|^[\u3040-\u309f])/gu, "$1 $2 ");
  sent = sent.replace(/(^|^[\u30a0-\u30ff])([\u30a0-\u30ff]+)(?=$|^[\u30a0-\u30ff])/gu, "$1 $2 ");
  sent = sent.replace(/(^|^[\u31f0-\u31ff])([\u31f0-\u31ff]+)(?=$|^[\u31f0-\u31ff])/gu, "$1 $2 ");
  sent = sent.replace(ASIAN_PUNCT, " $1 ");
  sent = sent.replace(FULL_WIDTH_PUNCT, " $1 ");
  return sent;
}

/** sacrebleu `TercomTokenizer(...)(sent)`: the tokenized string, words separated by single spaces. */
export function tercomTokenize(input: string, options: TercomTokenizerOptions = {}): string {
  if (!input) return "";
  let sent = input;
  if (!options.caseSensitive) sent = sent.toLowerCase();

  if (options.normalized) {
    sent = normalizeGeneralAndWestern(sent);
    if (options.asianSupport) sent = normalizeAsian(sent);
  }

  if (options.noPunct) {
    sent = sent.replace(/[.,?:;!"()]/gu, "");
    if (options.asianSupport) sent = sent.replace(ASIAN_PUNCT, "").replace(FULL_WIDTH_PUNCT, "");
  }
  // strip extra whitespace: ' '.join(sent.split())
  return pySplit(sent).join(" ");
}

/** Words of a segment as sacrebleu's TER sees them: `tokenizer(sent.rstrip()).split()`. */
export function terWords(sentence: string, options: TercomTokenizerOptions = {}): string[] {
  return pySplit(tercomTokenize(pyRstrip(sentence), options));
}
