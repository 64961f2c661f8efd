/**
 * chrF / chrF++ (character n-gram F-score), matching sacrebleu 2.6.0 `sacrebleu/metrics/chrf.py`
 * and `helpers.py` (Apache-2.0). Scores are on sacrebleu's 0–100 scale.
 *
 * Single reference only: sacrebleu with several references keeps, per segment, the statistics of
 * the reference with the best F-score; this module scores one reference per segment.
 */
import { pySplit } from "../ter/tokenizer";

export interface ChrfOptions {
  /** Character n-gram order. Default 6. */
  charOrder?: number;
  /** Word n-gram order: 0 = chrF (default), 2 = chrF++. */
  wordOrder?: number;
  /** Weight of recall against precision. Default 2 (chrF2); sacrebleu's own tests mostly use 3. */
  beta?: number;
  /** Lowercase both sides first. Default false. */
  lowercase?: boolean;
  /** Keep whitespace inside character n-grams. Default false (whitespace is removed). */
  whitespace?: boolean;
  /**
   * Default false, as sacrebleu's `CHRF()`: average precision and recall over the orders that
   * have both hypothesis and reference n-grams (the pre-2.0 "effective order"). True: the
   * chrF++.py / Moses / NLTK style, an F-score per order with 1e-16 for missing counts.
   */
  epsSmoothing?: boolean;
}

export interface ChrfPair {
  hypothesis: string;
  reference: string;
}

const CHAR_ORDER = 6;
const WORD_ORDER = 0;
const BETA = 2;
const EPS = 1e-16;
/** Python's `string.punctuation`. */
const PUNCTUATION = new Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");

type Counts = Map<string, number>;

function count(grams: Iterable<string>): Counts {
  const counts: Counts = new Map();
  for (const gram of grams) counts.set(gram, (counts.get(gram) ?? 0) + 1);
  return counts;
}

/** sacrebleu `extract_all_char_ngrams`: counts of character n-grams of orders 1..maxOrder. */
function charNgrams(line: string, maxOrder: number, whitespace: boolean): Counts[] {
  const chars = Array.from(whitespace ? line : pySplit(line).join(""));
  const result: Counts[] = [];
  for (let n = 1; n <= maxOrder; n++) {
    const grams: string[] = [];
    for (let i = 0; i + n <= chars.length; i++) grams.push(chars.slice(i, i + n).join(""));
    result.push(count(grams));
  }
  return result;
}

/** sacrebleu `CHRF._remove_punctuation`: split one punctuation mark off the end or the start of words. */
function wordsWithPunctuationSplit(sentence: string): string[] {
  const words: string[] = [];
  for (const word of pySplit(sentence)) {
    const chars = Array.from(word);
    if (chars.length === 1) words.push(word);
    else if (PUNCTUATION.has(chars[chars.length - 1])) words.push(chars.slice(0, -1).join(""), chars[chars.length - 1]);
    else if (PUNCTUATION.has(chars[0])) words.push(chars[0], chars.slice(1).join(""));
    else words.push(word);
  }
  return words;
}

/** sacrebleu `extract_word_ngrams`. */
function wordNgrams(words: readonly string[], n: number): Counts {
  const grams: string[] = [];
  for (let i = 0; i + n <= words.length; i++) grams.push(words.slice(i, i + n).join(" "));
  return count(grams);
}

function allNgrams(sentence: string, options: ChrfOptions): Counts[] {
  const text = options.lowercase ? sentence.toLowerCase() : sentence;
  const grams = charNgrams(text, options.charOrder ?? CHAR_ORDER, options.whitespace ?? false);
  const wordOrder = options.wordOrder ?? WORD_ORDER;
  if (wordOrder > 0) {
    const words = wordsWithPunctuationSplit(text);
    for (let n = 1; n <= wordOrder; n++) grams.push(wordNgrams(words, n));
  }
  return grams;
}

/**
 * Statistics of one segment: for each order (character orders, then word orders) the triple
 * [hypothesis n-grams, reference n-grams, matches]. Corpus statistics are their element-wise sums.
 */
export function chrfStats(hypothesis: string, reference: string, options: ChrfOptions = {}): number[] {
  const hypGrams = allNgrams(hypothesis, options);
  const refGrams = allNgrams(reference, options);
  const stats: number[] = [];
  hypGrams.forEach((hyp, order) => {
    const ref = refGrams[order];
    let hypCount = 0;
    let matches = 0;
    for (const [gram, n] of hyp) {
      hypCount += n;
      matches += Math.min(n, ref.get(gram) ?? 0);
    }
    let refCount = 0;
    for (const n of ref.values()) refCount += n;
    // no hits are counted for an order without reference n-grams
    stats.push(ref.size > 0 ? hypCount : 0, refCount, matches);
  });
  return stats;
}

/** sacrebleu `CHRF._compute_f_score`: the score (0–100) from (summed) statistics. */
export function chrfScoreFromStats(stats: readonly number[], options: ChrfOptions = {}): number {
  const order = (options.charOrder ?? CHAR_ORDER) + (options.wordOrder ?? WORD_ORDER);
  const beta = options.beta ?? BETA;
  const factor = beta ** 2;
  let score = 0;
  let effectiveOrder = 0;
  let avgPrec = 0;
  let avgRec = 0;
  for (let i = 0; i < order; i++) {
    const [nHyp, nRef, nMatch] = stats.slice(3 * i, 3 * i + 3);
    const prec = nHyp > 0 ? nMatch / nHyp : EPS;
    const rec = nRef > 0 ? nMatch / nRef : EPS;
    const denom = factor * prec + rec;
    score += denom > 0 ? ((1 + factor) * prec * rec) / denom : EPS;
    if (nHyp > 0 && nRef > 0) {
      avgPrec += prec;
      avgRec += rec;
      effectiveOrder++;
    }
  }
  if (options.epsSmoothing) return (100 * score) / order;

  if (effectiveOrder === 0) return 0;
  avgPrec /= effectiveOrder;
  avgRec /= effectiveOrder;
  if (!(avgPrec + avgRec)) return 0;
  return 100 * (((1 + factor) * avgPrec * avgRec) / (factor * avgPrec + avgRec));
}

/** chrF of one segment (sacrebleu `sentence_score`). */
export function sentenceChrf(hypothesis: string, reference: string, options: ChrfOptions = {}): number {
  return chrfScoreFromStats(chrfStats(hypothesis, reference, options), options);
}

/** Corpus chrF: statistics summed over segments, then one score (not the mean of sentence scores). */
export function corpusChrf(pairs: readonly ChrfPair[], options: ChrfOptions = {}): number {
  const order = (options.charOrder ?? CHAR_ORDER) + (options.wordOrder ?? WORD_ORDER);
  const total = new Array<number>(3 * order).fill(0);
  for (const { hypothesis, reference } of pairs) {
    chrfStats(hypothesis, reference, options).forEach((value, i) => {
      total[i] += value;
    });
  }
  return chrfScoreFromStats(total, options);
}
