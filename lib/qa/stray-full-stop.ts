// A sentence-final mark followed by a lower-case word inside a sentence ("during his speech. by videoconference").

import { perSentence } from "./issues";

/** Abbreviations (without their full stop) that a lower-case word may follow. */
const abbreviations = new Set(
  "approx apr aug av bd ca cf co col corp dec dept dr e.g env esp est etc feb fig gen gov i.e inc incl jan jr jul jun lt ltd mar mme mr mrs ms no nos nov oct p pp prof rep sen sep sept sgt sr st vol vs".split(" "),
);

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[^\p{L}\p{N}]+/u, "");
  if (bare === "") return false;
  // Initials and dotted abbreviations: "U.S.", "a.m.", "J.-C."
  if (/^\p{L}$/u.test(bare) || /\p{L}\.-?\p{L}/u.test(bare)) return true;
  return abbreviations.has(bare.toLowerCase());
}

export const strayFullStop = perSentence("stray-full-stop", (sentence, issues) => {
  const { text } = sentence;
  for (const m of text.matchAll(/(?<=[\p{L}\p{N}\p{M})\]”"’'»])([.!?])[ \u00A0]+(\p{Ll}[\p{L}\p{M}]*)/gu)) {
    const [, mark, next] = m;
    const before = /\S*$/.exec(text.slice(0, m.index))?.[0] ?? "";
    if (mark === "." && isAbbreviation(before)) continue;
    const name = mark === "." ? "Full stop" : `“${mark}”`;
    issues.add(sentence.id, { start: m.index, end: m.index + 1 }, `${mark} ${next}`, `${name} inside the sentence, before “${next}”.`, "");
  }
});
