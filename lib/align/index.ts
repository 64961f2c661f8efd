import { splitSentences } from "@/lib/segment";
import { alignLengths, alignSentences, textLength, type Bead, type GaleChurchOptions } from "./gale-church";

export { alignLengths, alignSentences, lengthCost, textLength, type Bead, type GaleChurchOptions } from "./gale-church";

/**
 * Paragraphs of an original text: separated by blank lines where there are some, else one per line
 * (text copied from a web page often has single line breaks between paragraphs).
 */
export function originalParagraphs(text: string): string[] {
  const normalised = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const separator = /\n[ \t]*\n/.test(normalised) ? /\n[ \t]*\n\s*/ : /\n/;
  return normalised
    .split(separator)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== "");
}

// Scripts written without spaces between sentences.
const noSpaceLanguages = new Set(["zh", "ja", "th", "lo", "km", "my"]);

/** The language tag itself when Intl takes it, else "und" (segmenting then follows Unicode's default rules). */
function usableLang(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? "und";
  } catch {
    return "und";
  }
}

function joiner(lang: string): string {
  return noSpaceLanguages.has(lang.toLowerCase().split(/[-_]/)[0]) ? "" : " ";
}

/**
 * The original-language text of each sentence of an article, in order: null where the aligner finds none.
 * Paragraphs are aligned first (Gale–Church on paragraph lengths), then the sentences within each pair of
 * paragraph groups; when either text has a single paragraph, the sentences of the whole texts are aligned.
 * When several original sentences go with one article sentence they are joined; when one original goes
 * with several article sentences (the MT split it), each of them gets it.
 * `options` are Gale–Church's c (target characters per original character, 1 by default: right for
 * European pairs; about 3 for English from Chinese) and s². c is not estimated from the texts, since the
 * original is often a part of the article only.
 */
export function alignToSentences(
  sentences: { paragraph: number; text: string }[],
  originalText: string,
  originalLang: string,
  options: GaleChurchOptions = {},
): (string | null)[] {
  const result: (string | null)[] = sentences.map(() => null);
  const lang = usableLang(originalLang);
  const glue = joiner(lang);

  // Target paragraphs: runs of sentences with the same paragraph number, as sentence indices.
  const targetParagraphs: number[][] = [];
  sentences.forEach((sentence, index) => {
    const last = targetParagraphs[targetParagraphs.length - 1];
    if (last && sentences[last[0]].paragraph === sentence.paragraph) last.push(index);
    else targetParagraphs.push([index]);
  });
  const originals = originalParagraphs(originalText).map((paragraph) => splitSentences(paragraph, lang));
  if (targetParagraphs.length === 0 || originals.length === 0) return result;

  const paragraphLength = (texts: string[]) => texts.reduce((sum, text) => sum + textLength(text), 0);
  const paragraphBeads: Bead[] =
    targetParagraphs.length === 1 || originals.length === 1
      ? [{ target: targetParagraphs.map((_, index) => index), original: originals.map((_, index) => index) }]
      : alignLengths(
          targetParagraphs.map((indices) => paragraphLength(indices.map((index) => sentences[index].text))),
          originals.map(paragraphLength),
          options,
        );

  for (const paragraphBead of paragraphBeads) {
    const targetIndices = paragraphBead.target.flatMap((paragraph) => targetParagraphs[paragraph]);
    const originalSentences = paragraphBead.original.flatMap((paragraph) => originals[paragraph]);
    if (targetIndices.length === 0 || originalSentences.length === 0) continue;
    const beads = alignSentences(
      targetIndices.map((index) => sentences[index].text),
      originalSentences,
      options,
    );
    for (const bead of beads) {
      if (bead.original.length === 0) continue;
      const text = bead.original.map((index) => originalSentences[index]).join(glue);
      for (const target of bead.target) result[targetIndices[target]] = text;
    }
  }
  return result;
}
