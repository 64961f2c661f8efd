/**
 * Translation edit rate with Tercom-style block shifts, ported from sacrebleu 2.6.0
 * `sacrebleu/metrics/lib_ter.py` (Apache-2.0, (c) 2020 Memsource). The search is kept step for
 * step: the same shift candidates in the same order, the same filters, the same ranking of shifts,
 * the same beam-limited edit distance with its prefix cache and trace, and the same limits.
 *
 * Words are interned to integers first; equality of ids is equality of strings. Distances of
 * shifted hypotheses stop at the last moved word and add the exact cost-to-end (see
 * BeamEditDistance), so every distance, and so every choice of shift, is the same as upstream.
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
/** Stands in for sacrebleu's int(1e16) (out-of-band cells). Real costs never get near it. */
const INFINITY = 2 ** 30;

// Edit operations of the trace (sacrebleu: 'x', 'i', 'd', ' ', 's').
const OP_UNDEF = 0;
const OP_INS = 1;
const OP_DEL = 2;
const OP_NOP = 3;
const OP_SUB = 4;

type Words = Int32Array;

/** Prefix tree over hypothesis words; each entry holds the index of the matrix row after that word. */
type CacheNode = Map<number, { next: CacheNode; row: number }>;

/** Matrix rows are stored in chunks of this many rows (no copying when the store grows). */
const CHUNK_BITS = 6;
const CHUNK_ROWS = 1 << CHUNK_BITS;

/**
 * sacrebleu `BeamEditDistance`: edit distance from a hypothesis to the reference, computed only in
 * a band ("beam") around the length-scaled diagonal, with sacrebleu's prefix cache of matrix rows
 * and a trace of operations. All hypotheses of one TER computation have the same length (shifts
 * keep it), so the band of each row is fixed and precomputed.
 *
 * One addition gives the same numbers with less work: a shifted hypothesis equals the analysed
 * one after the moved words, so its cost from there to the end is the analysed hypothesis's
 * cost-to-end in the same band. Rows are computed only up to the last moved word, and the distance
 * is the minimum over that row of cost-so-far + cost-to-end (every band path crosses the row).
 *
 * Row ids: 0 is the initial row, 1..nHyp are scratch rows for computations that the full cache no
 * longer stores (as upstream, the cache stops growing at MAX_CACHE_SIZE entries), then cached rows.
 */
class BeamEditDistance {
  private readonly nRef: number;
  private readonly width: number;
  private readonly bandMin: Int32Array;
  private readonly bandMax: Int32Array;
  private readonly costChunks: Int32Array[] = [];
  private readonly opChunks: Uint8Array[] = [];
  private rowCount = 0;
  private readonly cache: CacheNode = new Map();
  private cacheSize = 0;
  /** Last analysed hypothesis: its row ids, cache nodes after each word, depth in the cache. */
  private readonly analysedRows: Int32Array;
  private readonly analysedPath: CacheNode[];
  private analysedDepth = 0;
  /** Cost from each cell to the end, for the last analysed hypothesis. */
  private readonly toEnd: Int32Array;
  /** Row ids and cache nodes of the shifted hypothesis being scored. */
  private readonly shiftedRows: Int32Array;
  private readonly shiftedPath: CacheNode[];

  constructor(
    private readonly ref: Words,
    private readonly nHyp: number,
  ) {
    this.nRef = ref.length;
    const width = this.nRef + 1;
    this.width = width;

    const lengthRatio = nHyp > 0 ? this.nRef / nHyp : 1;
    // in some crazy sentences, the difference in length is so large that
    // we may end up with zero overlap with previous row
    const beamWidth = BEAM_WIDTH < lengthRatio / 2 ? Math.ceil(lengthRatio / 2 + BEAM_WIDTH) : BEAM_WIDTH;
    this.bandMin = new Int32Array(nHyp + 1);
    this.bandMax = new Int32Array(nHyp + 1).fill(width); // row 0 and the last row are full
    for (let i = 1; i <= nHyp; i++) {
      const pseudoDiag = Math.floor(i * lengthRatio);
      this.bandMin[i] = Math.max(0, pseudoDiag - beamWidth);
      if (i < nHyp) this.bandMax[i] = Math.min(width, pseudoDiag + beamWidth);
    }
    this.toEnd = new Int32Array((nHyp + 1) * width);
    this.analysedRows = new Int32Array(nHyp + 1);
    this.shiftedRows = new Int32Array(nHyp + 1);
    this.analysedPath = new Array<CacheNode>(nHyp + 1).fill(this.cache);
    this.shiftedPath = new Array<CacheNode>(nHyp + 1).fill(this.cache);

    // first row: one insertion per reference word; then the scratch rows
    for (let r = 0; r <= nHyp; r++) this.newRow();
    for (let j = 0; j < width; j++) {
      this.costChunks[0][j] = j * COST_INS;
      this.opChunks[0][j] = OP_INS;
    }
  }

  /**
   * Edit distance of `hyp` and its trace (sacrebleu's `__call__`). Also keeps the rows, the cache
   * path and the cost-to-end of `hyp` for `shiftedDistance`.
   */
  analyse(hyp: Words): { distance: number; trace: Uint8Array } {
    this.checkLength(hyp);
    this.analysedRows[0] = 0;
    this.analysedPath[0] = this.cache;
    this.analysedDepth = this.computeRows(hyp, this.nHyp, 0, this.analysedRows, this.analysedPath);
    this.fillCostToEnd(hyp);
    const last = this.analysedRows[this.nHyp];
    const distance = this.costChunks[last >> CHUNK_BITS][this.offset(last) + this.nRef];
    return { distance, trace: this.backtrace(this.analysedRows) };
  }

  /**
   * Edit distance of `shifted`, which equals the last analysed hypothesis before word `first` and
   * from word `end` on. Same value as a full computation.
   */
  shiftedDistance(shifted: Words, first: number, end: number): number {
    this.checkLength(shifted);
    // the shared prefix is already in the cache: start the cache walk where it ends
    const from = Math.min(first, end, this.analysedDepth);
    this.shiftedRows[from] = this.analysedRows[from];
    this.shiftedPath[from] = this.analysedPath[from];
    this.computeRows(shifted, end, from, this.shiftedRows, this.shiftedPath);

    const row = this.shiftedRows[end];
    const costs = this.costChunks[row >> CHUNK_BITS];
    const offset = this.offset(row);
    const toEnd = this.toEnd;
    const endRow = end * this.width;
    let best = Infinity;
    for (let j = this.bandMin[end]; j < this.bandMax[end]; j++) {
      const total = costs[offset + j] + toEnd[endRow + j];
      if (total < best) best = total;
    }
    return best;
  }

  private checkLength(hyp: Words): void {
    if (hyp.length !== this.nHyp) throw new Error("TER: hypothesis length changed");
  }

  private offset(row: number): number {
    return (row & (CHUNK_ROWS - 1)) * this.width;
  }

  private newRow(): number {
    if (this.rowCount === this.costChunks.length * CHUNK_ROWS) {
      this.costChunks.push(new Int32Array(CHUNK_ROWS * this.width));
      this.opChunks.push(new Uint8Array(CHUNK_ROWS * this.width));
    }
    return this.rowCount++;
  }

  /**
   * Fills rows[from+1..upTo] for `hyp`, given rows[from] and the cache node path[from] after
   * hyp[0..from): cached rows first (sacrebleu `_find_cache`), then newly computed rows
   * (`_edit_distance`), which are cached (`_add_cache`) unless the cache is full.
   * Returns how deep `hyp` now is in the cache.
   */
  private computeRows(hyp: Words, upTo: number, from: number, rows: Int32Array, path: CacheNode[]): number {
    let node = path[from];
    let i = from;
    for (; i < upTo; i++) {
      const entry = node.get(hyp[i]);
      if (!entry) break;
      rows[i + 1] = entry.row;
      node = entry.next;
      path[i + 1] = node;
    }
    if (i === upTo) return upTo;

    const caching = this.cacheSize < MAX_CACHE_SIZE;
    const depth = i;
    for (; i < upTo; i++) {
      const row = caching ? this.newRow() : i + 1;
      rows[i + 1] = row;
      this.fillRow(i + 1, hyp[i], rows[i], row);
      if (caching) {
        const next: CacheNode = new Map();
        node.set(hyp[i], { next, row });
        this.cacheSize++;
        node = next;
        path[i + 1] = node;
      }
    }
    return caching ? upTo : depth;
  }

  /** One row of sacrebleu `_edit_distance`: row i from row i-1, within the band. */
  private fillRow(i: number, word: number, prevRow: number, curRow: number): void {
    const ref = this.ref;
    const prevCosts = this.costChunks[prevRow >> CHUNK_BITS];
    const prev = this.offset(prevRow);
    const costs = this.costChunks[curRow >> CHUNK_BITS];
    const ops = this.opChunks[curRow >> CHUNK_BITS];
    const cur = this.offset(curRow);
    costs.fill(INFINITY, cur, cur + this.width);
    ops.fill(OP_UNDEF, cur, cur + this.width);

    const maxJ = this.bandMax[i];
    for (let j = this.bandMin[i]; j < maxJ; j++) {
      if (j === 0) {
        costs[cur] = prevCosts[prev] + COST_DEL;
        ops[cur] = OP_DEL;
        continue;
      }
      // Tercom prefers no-op/sub, then insertion, then deletion; the trace is flipped later,
      // so deletion comes before insertion here (as upstream).
      let best = INFINITY;
      let bestOp = OP_UNDEF;
      const match = word === ref[j - 1];
      const sub = prevCosts[prev + j - 1] + (match ? 0 : COST_SUB);
      if (best > sub) {
        best = sub;
        bestOp = match ? OP_NOP : OP_SUB;
      }
      const del = prevCosts[prev + j] + COST_DEL;
      if (best > del) {
        best = del;
        bestOp = OP_DEL;
      }
      const ins = costs[cur + j - 1] + COST_INS;
      if (best > ins) {
        best = ins;
        bestOp = OP_INS;
      }
      costs[cur + j] = best;
      ops[cur + j] = bestOp;
    }
  }

  /** Cheapest band path from each cell to the end (the forward moves, walked backwards). */
  private fillCostToEnd(hyp: Words): void {
    const { nHyp, nRef, width, ref, toEnd } = this;
    toEnd.fill(INFINITY);
    toEnd[nHyp * width + nRef] = 0;
    for (let i = nHyp; i >= 0; i--) {
      const row = i * width;
      const next = row + width;
      const minJ = this.bandMin[i];
      for (let j = this.bandMax[i] - 1; j >= minJ; j--) {
        let best = toEnd[row + j];
        if (j < nRef) {
          const ins = toEnd[row + j + 1] + COST_INS;
          if (ins < best) best = ins;
        }
        if (i < nHyp) {
          const del = toEnd[next + j] + COST_DEL;
          if (del < best) best = del;
          if (j < nRef) {
            const sub = toEnd[next + j + 1] + (hyp[i] === ref[j] ? 0 : COST_SUB);
            if (sub < best) best = sub;
          }
        }
        toEnd[row + j] = best;
      }
    }
  }

  private backtrace(rows: Int32Array): Uint8Array {
    const reversed: number[] = [];
    let i = this.nHyp;
    let j = this.nRef;
    while (i > 0 || j > 0) {
      const op = this.opChunks[rows[i] >> CHUNK_BITS][this.offset(rows[i]) + j];
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
}

/**
 * sacrebleu `_perform_shift`, written into `out`: move `length` words at `start` so that they
 * come before position `target` (positions of the unshifted words).
 */
function performShift(words: Int32Array, start: number, length: number, target: number, out: Int32Array): void {
  const n = words.length;
  let pos = 0;
  const copy = (from: number, to: number) => {
    for (let k = from; k < to; k++) out[pos++] = words[k];
  };
  if (target < start) {
    copy(0, target);
    copy(start, start + length);
    copy(target, start);
    copy(start + length, n);
  } else if (target > start + length) {
    copy(0, start);
    copy(start + length, target);
    copy(start, start + length);
    copy(target, n);
  } else {
    // shift within the shifted string (Python slices clamp at the end)
    const cut = Math.min(n, length + target);
    copy(0, start);
    copy(start + length, cut);
    copy(start, start + length);
    copy(cut, n);
  }
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
  words: Int32Array;
  checked: number;
}

/** One round of sacrebleu `_shift`: the shift that reduces the edit distance most. */
function bestShift(hyp: Int32Array, ref: Int32Array, ed: BeamEditDistance, checkedBefore: number): ShiftResult {
  const nHyp = hyp.length;
  const nRef = ref.length;
  const { distance: preScore, trace } = ed.analyse(hyp);
  const { align, refErrCum, hypErrCum } = traceToAlignment(trace, nHyp, nRef);

  const shifted = new Int32Array(nHyp);
  // the same (start, length, target) recurs for other reference positions: same words, same distance
  const seen = new Map<number, number>();
  let checked = checkedBefore;
  let found = false;
  let bestDelta = 0;
  let bestLength = 0;
  let bestStartH = 0;
  let bestIdx = 0;
  let bestWords = hyp;

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

            performShift(hyp, startH, length, idx, shifted);
            const key = (startH * (MAX_SHIFT_SIZE + 1) + length) * (nHyp + 1) + idx;
            let distance = seen.get(key);
            if (distance === undefined) {
              let first = 0;
              while (first < nHyp && shifted[first] === hyp[first]) first++;
              let end = nHyp;
              while (end > first && shifted[end - 1] === hyp[end - 1]) end--;
              distance = ed.shiftedDistance(shifted, first, end);
              seen.set(key, distance);
            }
            const delta = preScore - distance;
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
              bestWords = shifted.slice();
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
function intern(words: readonly string[], ids: Map<string, number>): Int32Array {
  return Int32Array.from(words, (word) => {
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
  // identical: distance 0 and no shift candidate passes the filters (no errors to fix)
  if (wordsHyp.length === wordsRef.length && wordsHyp.every((word, i) => word === wordsRef[i])) {
    return { edits: 0, refLength: wordsRef.length };
  }

  const ids = new Map<string, number>();
  const ref = intern(wordsRef, ids);
  let hyp = intern(wordsHyp, ids);

  const ed = new BeamEditDistance(ref, hyp.length);
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

  return { edits: shifts + ed.analyse(hyp).distance, refLength: ref.length };
}
