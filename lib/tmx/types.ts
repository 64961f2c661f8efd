// TMX 1.4b (Translation Memory eXchange) for the correction memory. A translation unit holds the MT
// sentence and its correction, both in the target language: the MT side is tagged `<lang>-x-mt` (a BCP 47
// private-use subtag), so that other tools see two languages, and the header's srclang names it.

export interface TmxPair {
  /** Language the article was translated from (the memory's language pair is sourceLang → targetLang). */
  sourceLang: string;
  targetLang: string;
  mt: string;
  correction: string;
  createdAt?: Date;
  changedAt?: Date;
}

/** The private-use tag of the MT side: "en" → "en-x-mt". */
export function mtLangTag(targetLang: string): string {
  return `${targetLang}-x-mt`;
}

export const sourceLangProp = "x-redline-source-lang";
