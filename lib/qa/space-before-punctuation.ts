// A space before , . ; : ! ? ) ] } ». French typography puts a (non-breaking) space before ; : ! ? »,
// so those are allowed when the language is French.

import { perSentence } from "./issues";

const frenchSpaced = new Set([";", ":", "!", "?", "»"]);

export const spaceBeforePunctuation = perSentence("space-before-punctuation", (sentence, issues, ctx) => {
  const french = /^fr\b/i.test(ctx.lang);
  const { text } = sentence;
  for (const m of text.matchAll(/(?<=\S)([ \t\u00A0\u202F]+)([,.;:!?)\]}»])/g)) {
    const [, space, mark] = m;
    const after = text[m.index + m[0].length] ?? "";
    // " ...", " .NET", " .5"
    if (mark === "." && /[.\p{L}\p{N}]/u.test(after)) continue;
    if (french && frenchSpaced.has(mark)) continue;
    issues.add(
      sentence.id,
      { start: m.index, end: m.index + space.length },
      `${space}${mark}`,
      `Space before “${mark}”.`,
      "",
    );
  }
});
