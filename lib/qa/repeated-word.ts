// The same word twice in a row ("the the"), ignoring case.

import { perSentence } from "./issues";

/** Doubled words that are usually correct: "had had", "that that", "nous nous", "die die". */
const allowed = new Set(["had", "that", "nous", "vous", "die", "der", "das", "sie"]);

export const repeatedWord = perSentence("repeated-word", (sentence, issues) => {
  for (const m of sentence.text.matchAll(/(?<![\p{L}\p{M}\p{N}])([\p{L}\p{M}]+)\s+\1(?![\p{L}\p{M}\p{N}])/giu)) {
    const word = m[1];
    if (allowed.has(word.toLowerCase())) continue;
    issues.add(
      sentence.id,
      { start: m.index, end: m.index + m[0].length },
      m[0].toLowerCase(),
      `“${word}” is repeated.`,
      word,
    );
  }
});
