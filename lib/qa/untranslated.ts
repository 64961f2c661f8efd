// Parts of the correction left in the original language: a correction equal to the original text, or a
// run of three or more words copied from it. Runs made only of names and numbers are not flagged.

import { perSentence, words, type Token } from "./issues";

const MIN_RUN = 3;

/** Names (capitalised) and numbers carry over between languages. */
function transferable(token: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token.value);
}

export const untranslated = perSentence("untranslated", (sentence, issues) => {
  const original = sentence.originalText?.trim();
  if (!original) return;
  const text = words(sentence.text);
  const source = words(original).map((t) => t.value.toLowerCase());
  if (text.length === 0 || text.every(transferable)) return;

  const lower = text.map((t) => t.value.toLowerCase());
  if (lower.join(" ") === source.join(" ")) {
    issues.add(sentence.id, { start: text[0].start, end: text[text.length - 1].end }, "whole", "The correction is the same as the original text.");
    return;
  }

  const grams = new Set<string>();
  for (let i = 0; i + MIN_RUN <= source.length; i++) grams.add(source.slice(i, i + MIN_RUN).join(" "));
  const copied = new Array<boolean>(text.length).fill(false);
  for (let i = 0; i + MIN_RUN <= lower.length; i++) {
    if (grams.has(lower.slice(i, i + MIN_RUN).join(" "))) copied.fill(true, i, i + MIN_RUN);
  }
  for (let i = 0; i < text.length; ) {
    if (!copied[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < text.length && copied[j + 1]) j++;
    const run = text.slice(i, j + 1);
    if (!run.every(transferable)) {
      const span = { start: run[0].start, end: run[run.length - 1].end };
      const shown = sentence.text.slice(span.start, span.end);
      issues.add(sentence.id, span, shown.toLowerCase(), `“${shown}” is copied from the original text untranslated.`);
    }
    i = j + 1;
  }
});
