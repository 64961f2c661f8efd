// Two or more spaces in a row.

import { perSentence } from "./issues";

export const doubleSpace = perSentence("double-space", (sentence, issues) => {
  for (const m of sentence.text.matchAll(/[ \t\u00A0\u202F]{2,}/g)) {
    const run = m[0];
    const keep = run.includes("\u202F") ? "\u202F" : run.includes("\u00A0") ? "\u00A0" : " ";
    issues.add(sentence.id, { start: m.index, end: m.index + run.length }, "spaces", "Several spaces in a row.", keep);
  }
});
