// How the correction memory compares MT sentences. Pure.

/** The form used for exact matches: Unicode NFC, whitespace runs as one space, trimmed. Case counts. */
export function normalizeSegment(text: string): string {
  return text.normalize("NFC").replace(/\s+/gu, " ").trim();
}

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: "word" });

/** Tokens of the fuzzy measure: words and punctuation marks (UAX #29), whitespace dropped. */
export function memoryTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const part of wordSegmenter.segment(normalizeSegment(text))) {
    if (part.segment.trim() !== "") tokens.push(part.segment);
  }
  return tokens;
}
