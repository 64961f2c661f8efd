/**
 * Gale & Church (1993), "A Program for Aligning Sentences in Bilingual Corpora": dynamic programming over
 * beads of 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 sentences, each costed by how far its two character lengths
 * are from the expected ratio. Lengths alone, no words: it works across any pair of languages whose
 * lengths are proportional, and does not reorder.
 */

/** Target and original sentence indices aligned together; either list may be empty (an omission). */
export interface Bead {
  target: number[];
  original: number[];
}

export interface GaleChurchOptions {
  /** Expected target characters per original character (Gale–Church: 1). */
  c?: number;
  /** Variance of that ratio per character (Gale–Church: 6.8). */
  s2?: number;
}

/** [target sentences, original sentences, prior probability] of each bead kind (Gale–Church, table 5). */
const beadKinds: readonly (readonly [number, number, number])[] = [
  [1, 1, 0.89],
  [1, 0, 0.0099],
  [0, 1, 0.0099],
  [2, 1, 0.089],
  [1, 2, 0.089],
  [2, 2, 0.011],
];

/**
 * log(erfc(x)) for x ≥ 0, from the Chebyshev fit of Numerical Recipes (erfcc, relative error < 1.2e-7),
 * taken in log form so that it does not underflow for large x.
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  const poly =
    -1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return Math.log(t) - x * x + poly;
}

/**
 * Gale and Church's program scores a bead whose P(δ) underflows with a fixed BIG_DISTANCE (25 in these
 * units), which bounds the cost of a long omission; this keeps that bound.
 */
const maxLengthCost = 25;

/**
 * −log P(match | δ) of a bead, where δ = (l_target − c·l_original) / √(s²·mean) and
 * P(|δ|) = 2(1 − Φ(|δ|)) = erfc(|δ|/√2); the bead's prior is added by the caller.
 */
export function lengthCost(targetLength: number, originalLength: number, c: number, s2: number): number {
  const mean = (originalLength + targetLength / c) / 2;
  if (mean === 0) return 0;
  const delta = (targetLength - originalLength * c) / Math.sqrt(s2 * mean);
  return Math.min(maxLengthCost, -logErfc(Math.abs(delta) / Math.SQRT2));
}

/**
 * Aligns two sequences given their lengths (characters). Beads in order, covering every index once.
 * One departure from Gale–Church: the sentences before the start or after the end of the other text (an
 * original that covers the first paragraphs only) cost only the prior of their 1-0 or 0-1 beads, without
 * the length term, so that a partial text is aligned where it matches instead of spread over the whole.
 * Inside the texts, as in Gale–Church, a sentence one side left out is mostly absorbed into a
 * neighbouring 2-1 or 1-2 bead: 1-0 and 0-1 beads are for short sentences.
 */
export function alignLengths(targets: number[], originals: number[], options: GaleChurchOptions = {}): Bead[] {
  if ((targets.length + 1) * (originals.length + 1) > MAX_CELLS) return alignInChunks(targets, originals, options);
  const c = options.c ?? 1;
  const s2 = options.s2 ?? 6.8;
  const n = targets.length;
  const m = originals.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width).fill(Number.POSITIVE_INFINITY);
  const choice = new Int8Array((n + 1) * width).fill(-1);
  const priors = beadKinds.map(([, , prior]) => -Math.log(prior));
  const omission = priors[1];
  // Sentences before the start of the other text cost their prior only, as those after its end do.
  for (let i = 0; i <= n; i++) [cost[i * width], choice[i * width]] = [i * omission, 1];
  for (let j = 0; j <= m; j++) [cost[j], choice[j]] = [j * omission, 2];

  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = Number.POSITIVE_INFINITY;
      let bestKind = -1;
      for (let kind = 0; kind < beadKinds.length; kind++) {
        const [a, b] = beadKinds[kind];
        if (a > i || b > j) continue;
        const before = cost[(i - a) * width + (j - b)];
        if (before === Number.POSITIVE_INFINITY) continue;
        let targetLength = 0;
        for (let k = i - a; k < i; k++) targetLength += targets[k];
        let originalLength = 0;
        for (let k = j - b; k < j; k++) originalLength += originals[k];
        const total = before + priors[kind] + lengthCost(targetLength, originalLength, c, s2);
        if (total < best) {
          best = total;
          bestKind = kind;
        }
      }
      cost[i * width + j] = best;
      choice[i * width + j] = bestKind;
    }
  }

  // Where the alignment ends: (n, m), or earlier on one side when the rest of that side is left out.
  let endI = n;
  let endJ = m;
  let endCost = cost[n * width + m];
  for (let i = 0; i < n; i++) {
    const total = cost[i * width + m] + (n - i) * omission;
    if (total < endCost) [endI, endJ, endCost] = [i, m, total];
  }
  for (let j = 0; j < m; j++) {
    const total = cost[n * width + j] + (m - j) * omission;
    if (total < endCost) [endI, endJ, endCost] = [n, j, total];
  }

  const beads: Bead[] = [];
  for (let i = n - 1; i >= endI; i--) beads.push({ target: [i], original: [] });
  for (let j = m - 1; j >= endJ; j--) beads.push({ target: [], original: [j] });
  for (let i = endI, j = endJ; i > 0 || j > 0; ) {
    const [a, b] = beadKinds[choice[i * width + j]];
    beads.push({
      target: Array.from({ length: a }, (_, k) => i - a + k),
      original: Array.from({ length: b }, (_, k) => j - b + k),
    });
    i -= a;
    j -= b;
  }
  return beads.reverse();
}

/** Most cells of one dynamic-programming table (2,000 × 2,000 sentences: 36 MB). */
export const MAX_CELLS = 4_000_000;

/** Index after which the cumulative length of `lengths` first reaches `share` of their total. */
function cutAt(lengths: number[], share: number): number {
  const total = lengths.reduce((sum, length) => sum + length, 0);
  let sum = 0;
  for (let index = 0; index < lengths.length; index++) {
    sum += lengths[index];
    if (sum >= share * total) return index + 1;
  }
  return lengths.length;
}

/**
 * Texts too long for one table are cut into pieces at the same share of their lengths and each pair of
 * pieces is aligned alone (an error near a cut stays near it).
 */
function alignInChunks(targets: number[], originals: number[], options: GaleChurchOptions): Bead[] {
  const pieces = Math.ceil(Math.sqrt(((targets.length + 1) * (originals.length + 1)) / MAX_CELLS)) + 1;
  const beads: Bead[] = [];
  let targetStart = 0;
  let originalStart = 0;
  for (let piece = 1; piece <= pieces; piece++) {
    const targetEnd = piece === pieces ? targets.length : Math.max(targetStart, cutAt(targets, piece / pieces));
    const originalEnd = piece === pieces ? originals.length : Math.max(originalStart, cutAt(originals, piece / pieces));
    for (const bead of alignLengths(targets.slice(targetStart, targetEnd), originals.slice(originalStart, originalEnd), options)) {
      beads.push({ target: bead.target.map((i) => i + targetStart), original: bead.original.map((j) => j + originalStart) });
    }
    targetStart = targetEnd;
    originalStart = originalEnd;
  }
  return beads;
}

/** Length of a sentence for alignment: its characters, not counting whitespace runs beyond one. */
export function textLength(text: string): number {
  return [...text.replace(/\s+/g, " ").trim()].length;
}

/**
 * Aligns machine-translated sentences (targets) with the original sentences they came from.
 * Beads in order; every target and every original appears in exactly one bead.
 */
export function alignSentences(targets: string[], originals: string[], options: GaleChurchOptions = {}): Bead[] {
  return alignLengths(targets.map(textLength), originals.map(textLength), options);
}
