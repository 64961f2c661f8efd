/**
 * TER (translation edit rate) and HTER, matching sacrebleu 2.6.0 `TER()` (Tercom algorithm:
 * insertions, deletions, substitutions and block shifts of up to 10 words over at most 50
 * positions, beam width 25, unit costs).
 *
 * Single reference only: sacrebleu with several references takes the fewest edits over the
 * references and the mean reference length; this module scores one reference per segment.
 */
import { translationEditRate } from "./edit-rate";
import { terWords, type TercomTokenizerOptions } from "./tokenizer";

export { tercomTokenize, terWords } from "./tokenizer";
export { translationEditRate } from "./edit-rate";

/**
 * Tokenizer options, sacrebleu `TER(case_sensitive, normalized, no_punct, asian_support)`.
 * Defaults as sacrebleu: lowercase, no normalisation, punctuation kept, no Asian support,
 * i.e. the text is lowercased, rstripped and split on whitespace.
 */
export type TerOptions = TercomTokenizerOptions;

/** Sufficient statistics of TER for one segment or a corpus. */
export interface TerStats {
  edits: number;
  refLength: number;
}

export interface TerPair {
  hypothesis: string;
  reference: string;
}

/** Edits needed to turn `hypothesis` into `reference`, and the reference length in words. */
export function terStats(hypothesis: string, reference: string, options: TerOptions = {}): TerStats {
  return translationEditRate(terWords(hypothesis, options), terWords(reference, options));
}

/**
 * TER as a fraction: edits / reference words. As sacrebleu: an empty reference gives 1.0 when
 * there are edits (non-empty hypothesis) and 0.0 when both sides are empty. An empty hypothesis
 * against a non-empty reference needs one insertion per reference word, hence 1.0.
 */
export function terScore(stats: TerStats): number {
  if (stats.refLength > 0) return stats.edits / stats.refLength;
  return stats.edits > 0 ? 1 : 0;
}

/** Corpus TER: total edits / total reference words (not the mean of sentence scores). */
export function corpusTer(pairs: readonly TerPair[], options: TerOptions = {}): TerStats & { score: number } {
  let edits = 0;
  let refLength = 0;
  for (const { hypothesis, reference } of pairs) {
    const stats = terStats(hypothesis, reference, options);
    edits += stats.edits;
    refLength += stats.refLength;
  }
  return { edits, refLength, score: terScore({ edits, refLength }) };
}

/**
 * HTER: TER of the machine translation (hypothesis) against its human post-edit (reference),
 * capped at 1.0, with sacrebleu's default options (the convention of the published MLQE-PE HTER).
 */
export function hter(machineTranslation: string, postEdit: string, options: TerOptions = {}): number {
  return Math.min(1, terScore(terStats(machineTranslation, postEdit, options)));
}
