// Sentence segmentation. See segment.test.ts for the rules it keeps.

export interface SegmentedSentence {
  /** Sentence text: never empty, never starts or ends with whitespace. */
  text: string;
  /** Whitespace that followed the sentence in the input. */
  trailing: string;
}

/**
 * Splits one block of text (a paragraph) into sentences.
 * Invariant: leading + Σ(text + trailing) === input, where leading is the input's leading whitespace.
 */
export function segmentBlock(input: string, lang = "en"): { leading: string; sentences: SegmentedSentence[] } {
  const leading = /^\s*/.exec(input)?.[0] ?? "";
  const sentences: SegmentedSentence[] = [];
  const segmenter = new Intl.Segmenter(lang, { granularity: "sentence" });
  for (const { segment } of segmenter.segment(input.slice(leading.length))) {
    const text = segment.trimEnd();
    const trailing = segment.slice(text.length);
    if (text === "") {
      const last = sentences[sentences.length - 1];
      if (last) last.trailing += trailing;
      continue;
    }
    sentences.push({ text, trailing });
  }
  return { leading, sentences };
}

/** The sentences of a text, trimmed. */
export function splitSentences(input: string, lang = "en"): string[] {
  return segmentBlock(input, lang).sentences.map((sentence) => sentence.text);
}
