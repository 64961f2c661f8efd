// The word tokenizer of the diffs. It must give the same tokens on the server (Node's ICU) and in the
// browser (Chromium's ICU): Intl.Segmenter did not ("speech.By" was one word in Node and two in
// Chromium, so React's hydration failed on every diff). So no ICU segmentation here, only regular
// expressions over Unicode properties, with rules that do not depend on dictionaries or versions:
// - a run of letters, marks and digits is a word; an apostrophe between letters stays inside it
//   ("don't"), and "." or "," between digits too ("3.5", "1,000"); any other punctuation is its own
//   token ("speech.By" → "speech", ".", "By"; "well-known" → "well", "-", "known");
// - each character of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) is a
//   token, where ICU would consult a dictionary;
// - a run of whitespace is one token; any other character is one token with its combining marks,
//   variation selectors, skin tones and zero-width-joined emoji (so an emoji is never cut).
// The article's language is passed explicitly: in French, Italian and Catalan an elided article or
// pronoun is its own word ("l'homme" → "l'", "homme"), so changing the noun does not mark the article.

const noSpaceScripts = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}`;
const wordChar = String.raw`(?:(?![${noSpaceScripts}])[\p{L}\p{M}\p{N}\p{Pc}])`;
const word = String.raw`${wordChar}+(?:(?:['’]|(?<=\p{N})[.,](?=\p{N}))${wordChar}+)*`;
const noSpaceChar = String.raw`[${noSpaceScripts}]\p{M}*`;
const attached = String.raw`(?:[\p{M}\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]|\u200D(?:\p{Extended_Pictographic}|[\p{L}\p{S}]))*`;
const other = String.raw`(?:\p{Regional_Indicator}{2}|[^])${attached}`;
// Built on first use: compiling its Unicode classes takes milliseconds, which a page that shows no diff
// (an untouched article opening) should not spend before it is usable.
let tokenPattern: RegExp | null = null;

const elidingLanguages = new Set(["fr", "it", "ca"]);
const elision = /^(qu|[\p{L}]{1,2})(['’])(?=\p{L})/iu;

/** Splits `text` into word, punctuation and whitespace tokens; joined, they give `text` back. */
export function wordTokens(text: string, language: string): string[] {
  tokenPattern ??= new RegExp(String.raw`\s+|${word}|${noSpaceChar}|${other}`, "gu");
  const tokens = text.match(tokenPattern) ?? [];
  const base = language.toLowerCase().split(/[-_]/)[0];
  if (!elidingLanguages.has(base)) return tokens;
  return tokens.flatMap((token) => {
    const match = elision.exec(token);
    return match ? [match[0], token.slice(match[0].length)] : [token];
  });
}
