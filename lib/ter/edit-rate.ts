/**
 * Translation edit rate with Tercom-style block shifts, ported from sacrebleu 2.6.0
 * `sacrebleu/metrics/lib_ter.py` (Apache-2.0, (c) 2020 Memsource). The search is kept step for
 * step: the same shift candidates in the same order, the same filters, the same ranking of shifts,
 * the same beam-limited edit distance with its prefix cache and trace, and the same limits.
 *
 * Words are interned to integers first; equality of ids is equality of strings, so results do
 * not change.
 */

const COST_INS = 1;
const COST_DEL = 1;
const COST_SUB = 1;

// Tercom-inspired limits
const MAX_SHIFT_SIZE = 10;
const MAX_SHIFT_DIST = 50;
const BEAM_WIDTH = 25;

// sacrebleu's own limits
const MAX_CACHE_SIZE = 10000;
const MAX_SHIFT_CANDIDATES = 1000;
/** Stands in for sacrebleu's int(1e16). Only compared with `>`; real costs never get near it. */
const INFINITY = 2 ** 30;

// Edit operations of the trace (sacrebleu: 'x', 'i', 'd', ' ', 's').
const OP_UNDEF = 0;
const OP_INS = 1;
const OP_DEL = 2;
const OP_NOP = 3;
const OP_SUB = 4;

type Words = readonly number[];

/** One row of the edit distance matrix: cost and last operation per reference position. */
interface Row {
  cost: Int32Array;
  op: Uint8Array;
}

/** Prefix tree over hypothesis words; each entry holds the matrix row after that word. */
type CacheNode = Map<number, { next: CacheNode; row: Row }>;

class BeamEditDistance {
  private readonly nRef: number;
  private readonly initialRow: Row;
  private readonly cache: CacheNode = new Map();
  private cacheSize = 0;

  constructor(private readonly ref: Words) {
    this.nRef = ref.length;
    // first row: one insertion per reference word
    const cost = new Int32Array(this.nRef + 1);
    for (let j = 0; j <= this.nRef; j++) cost[j] = j * COST_INS;
    this.initialRow = { cost, op: new Uint8Array(this.nRef + 1).fill(OP_INS) };
  }

  /** Edit distance from `hyp` to the reference (cached rows are reused and new rows stored). */
  distance(hyp: Words): number {
    const dist = this.computeRows(hyp);
    return dist[hyp.length].cost[this.nRef];
  }

  /** Edit distance and its trace of operations (sacrebleu's `__call__`). */
  distanceWithTrace(hyp: Words): { distance: number; trace: Uint8Array } {
    const dist = this.computeRows(hyp);
    return { distance: dist[hyp.length].cost[this.nRef], trace: this.backtrace(dist, hyp.length) };
  }

  private computeRows(hyp: Words): Row[] {
    const dist = this.findCache(hyp);
    const startH = dist.length - 1;
    this.editDistance(hyp, dist);
    this.addCache(hyp, startH, dist);
    return dist;
  }

  /** Fills rows startH+1..n of `dist` (which holds rows 0..startH) within the beam. */
  private editDistance(hyp: Words, dist: Row[]): void {
    const nHyp = hyp.length;
    const nRef = this.nRef;
    const ref = this.ref;
    const startH = dist.length - 1;

    const lengthRatio = nHyp > 0 ? nRef / nHyp : 1;
    // in some crazy sentences, the difference in length is so large that
    // we may end up with zero overlap with previous row
    const beamWidth = BEAM_WIDTH < lengthRatio / 2 ? Math.ceil(lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;

    for (let i = startH + 1; i <= nHyp; i++) {
      const prev = dist[i - 1];
      const cur: Row = { cost: new Int32Array(nRef + 1).fill(INFINITY), op: new Uint8Array(nRef + 1) };
      dist.push(cur);

      const pseudoDiag = Math.floor(i * lengthRatio);
      const minJ = Math.max(0, pseudoDiag - beamWidth);
      const maxJ = i === nHyp ? nRef + 1 : Math.min(nRef + 1, pseudoDiag + beamWidth);
      const word = hyp[i - 1];

      for (let j = minJ; j < maxJ; j++) {
        if (j === 0) {
          cur.cost[0] = prev.cost[0] + COST_DEL;
          cur.op[0] = OP_DEL;
          continue;
        }
        // Tercom prefers no-op/sub, then insertion, then deletion; the trace is flipped later,
        // so deletion comes before insertion here (as upstream).
        let best = cur.cost[j];
        let bestOp = cur.op[j];
        const match = word === ref[j - 1];
        const sub = prev.cost[j - 1] + (match ? 0 : COST_SUB);
        if (best > sub) {
          best = sub;
          bestOp = match ? OP_NOP : OP_SUB;
        }
        const del = prev.cost[j] + COST_DEL;
        if (best > del) {
          best = del;
          bestOp = OP_DEL;
        }
        const ins = cur.cost[j - 1] + COST_INS;
        if (best > ins) {
          best = ins;
          bestOp = OP_INS;
        }
        cur.cost[j] = best;
        cur.op[j] = bestOp;
      }
    }
  }

  private backtrace(dist: Row[], nHyp: number): Uint8Array {
    const reversed: number[] = [];
    let i = nHyp;
    let j = this.nRef;
    while (i > 0 || j > 0) {
      const op = dist[i].op[j];
      reversed.push(op);
      if (op === OP_SUB || op === OP_NOP) {
        i--;
        j--;
      } else if (op === OP_INS) {
        j--;
      } else if (op === OP_DEL) {
        i--;
      } else {
        throw new Error(`TER: undefined edit operation at (${i}, ${j})`);
      }
    }
    return Uint8Array.from(reversed.reverse());
  }

  /** Rows 0..k for the longest cached prefix of `hyp` (k words long). */
  private findCache(hyp: Words): Row[] {
    const dist: Row[] = [this.initialRow];
    let node = this.cache;
    for (const word of hyp) {
      const entry = node.get(word);
      if (!entry) break;
      dist.push(entry.row);
      node = entry.next;
    }
    return dist;
  }

  /** Store rows startH+1..n under the words hyp[startH..n-1]. */
  private addCache(hyp: Words, startH: number, dist: Row[]): void {
    if (this.cacheSize >= MAX_CACHE_SIZE) return;
    let node = this.cache;
    for (let i = 0; i < startH; i++) {
      const entry = node.get(hyp[i]);
      if (!entry) throw new Error("TER: cache prefix vanished");
      node = entry.next;
    }
    for (let i = startH; i < hyp.length; i++) {
      let entry = node.get(hyp[i]);
      if (!entry) {
        entry = { next: new Map(), row: dist[i + 1] };
        node.set(hyp[i], entry);
        this.cacheSize++;
      }
      node = entry.next;
    }
  }
}

/** Move `length` words at `start` so that they come before position `target` (sacrebleu `_perform_shift`). */
function performShift(words: Words, start: number, length: number, target: number): number[] {
  const block = words.slice(start, start + length);
  if (target < start) {
    return [...words.slice(0, target), ...block, ...words.slice(target, start), ...words.slice(start + length)];
  }
  if (target > start + length) {
    return [...words.slice(0, start), ...words.slice(start + length, target), ...block, ...words.slice(target)];
  }
  // shift within the shifted string
  return [
    ...words.slice(0, start),
    ...words.slice(start + length, length + target),
    ...block,
    ...words.slice(length + target),
  ];
}

interface Alignment {
  /** For each reference position, the hypothesis position it is aligned to (-1 before the start). */
  align: Int32Array;
  /** Prefix sums of the error flags: errors in [a, b) = cum[b] - cum[a]. */
  refErrCum: Int32Array;
  hypErrCum: Int32Array;
}

/** sacrebleu `trace_to_alignment(_flip_trace(trace))`: read the trace as rewriting ref into hyp. */
function traceToAlignment(trace: Uint8Array, nHyp: number, nRef: number): Alignment {
  const align = new Int32Array(nRef);
  const refErrCum = new Int32Array(nRef + 1);
  const hypErrCum = new Int32Array(nHyp + 1);
  let posHyp = -1;
  let posRef = -1;
  for (const op of trace) {
    // flipped: an insertion of the trace is a deletion here and vice versa
    if (op === OP_NOP || op === OP_SUB) {
      const err = op === OP_SUB ? 1 : 0;
      posHyp++;
      posRef++;
      align[posRef] = posHyp;
      hypErrCum[posHyp + 1] = hypErrCum[posHyp] + err;
      refErrCum[posRef + 1] = refErrCum[posRef] + err;
    } else if (op === OP_DEL) {
      posHyp++;
      hypErrCum[posHyp + 1] = hypErrCum[posHyp] + 1;
    } else if (op === OP_INS) {
      posRef++;
      align[posRef] = posHyp;
      refErrCum[posRef + 1] = refErrCum[posRef] + 1;
    } else {
      throw new Error(`TER: unknown operation ${op}`);
    }
  }
  return { align, refErrCum, hypErrCum };
}

interface ShiftResult {
  delta: number;
  words: Words;
  checked: number;
}

/** One round of sacrebleu `_shift`: the shift that reduces the edit distance most. */
function bestShift(hyp: Words, ref: Words, ed: BeamEditDistance, checkedBefore: number): ShiftResult {
  const nHyp = hyp.length;
  const nRef = ref.length;
  const { distance: preScore, trace } = ed.distanceWithTrace(hyp);
  const { align, refErrCum, hypErrCum } = traceToAlignment(trace, nHyp, nRef);

  let checked = checkedBefore;
  let found = false;
  let bestDelta = 0;
  let bestLength = 0;
  let bestStartH = 0;
  let bestIdx = 0;
  let bestWords: Words = hyp;

  // sacrebleu `_find_shifted_pairs`, inlined: matching runs (startH, startR, length)
  search: for (let startH = 0; startH < nHyp; startH++) {
    for (let startR = 0; startR < nRef; startR++) {
      if (Math.abs(startR - startH) > MAX_SHIFT_DIST) continue;

      let length = 0;
      while (length < MAX_SHIFT_SIZE && hyp[startH + length] === ref[startR + length]) {
        length++;

        // only shift if the hypothesis was wrong there and the reference is unmatched at the
        // target, and never within the subsequence itself
        const considered =
          hypErrCum[startH + length] - hypErrCum[startH] !== 0 &&
          refErrCum[startR + length] - refErrCum[startR] !== 0 &&
          !(startH <= align[startR] && align[startR] < startH + length);

        if (considered) {
          let prevIdx = -1;
          for (let offset = -1; offset < length; offset++) {
            let idx: number;
            if (startR + offset === -1) idx = 0; // insert before the beginning
            else if (startR + offset < nRef) idx = align[startR + offset] + 1; // insert *before* idx
            else break; // aims past the reference

            if (idx === prevIdx) continue;
            prevIdx = idx;

            const shifted = performShift(hyp, startH, length, idx);
            const delta = preScore - ed.distance(shifted);
            checked++;

            // Tercom ranking: biggest gain, then longest, then earliest start, then earliest target
            const better =
              !found ||
              delta > bestDelta ||
              (delta === bestDelta &&
                (length > bestLength ||
                  (length === bestLength && (startH < bestStartH || (startH === bestStartH && idx < bestIdx)))));
            if (better) {
              found = true;
              bestDelta = delta;
              bestLength = length;
              bestStartH = startH;
              bestIdx = idx;
              bestWords = shifted;
            }
          }
          if (checked >= MAX_SHIFT_CANDIDATES) break search;
        }

        // stop once one sequence is consumed
        if (nHyp === startH + length || nRef === startR + length) break;
      }
    }
  }

  return found ? { delta: bestDelta, words: bestWords, checked } : { delta: 0, words: hyp, checked };
}

/** Map words to integer ids (same word, same id). */
function intern(words: readonly string[], ids: Map<string, number>): number[] {
  return words.map((word) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = ids.size;
      ids.set(word, id);
    }
    return id;
  });
}

/**
 * sacrebleu `translation_edit_rate(words_hyp, words_ref)`: the number of edits (insertions,
 * deletions, substitutions and shifts, unit costs) and the reference length.
 */
export function translationEditRate(
  wordsHyp: readonly string[],
  wordsRef: readonly string[],
): { edits: number; refLength: number } {
  if (wordsRef.length === 0) return { edits: wordsHyp.length, refLength: 0 };

  const ids = new Map<string, number>();
  const ref = intern(wordsRef, ids);
  let hyp: Words = intern(wordsHyp, ids);

  const ed = new BeamEditDistance(ref);
  let shifts = 0;
  let checked = 0;
  for (;;) {
    // shift until no shift reduces the edit distance
    const result = bestShift(hyp, ref, ed, checked);
    checked = result.checked;
    if (checked >= MAX_SHIFT_CANDIDATES) break;
    if (result.delta <= 0) break;
    shifts++;
    hyp = result.words;
  }

  return { edits: shifts + ed.distance(hyp), refLength: ref.length };
}
