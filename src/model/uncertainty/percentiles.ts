/**
 * Percentiles of a sample: the linear interpolation between order statistics (Hyndman & Fan type 7,
 * R's and NumPy's default), so a sample of identical values has every percentile equal to that value.
 */

/** The percentiles reported for every probabilistic output, in percent. */
export const PERCENTILES = [2.5, 10, 50, 90, 97.5] as const;

/** A reported percentile. */
export type Percentile = (typeof PERCENTILES)[number];

/** Percentiles of one quantity in one year, keyed "p2.5", "p10", "p50", "p90", "p97.5". */
export type PercentileSet = Record<`p${Percentile}`, number>;

/** The key of a percentile in a {@link PercentileSet}. */
export const percentileKey = (p: Percentile): `p${Percentile}` => `p${p}`;

/**
 * The q-quantile (0 ≤ q ≤ 1) of an ascending sorted sample.
 * @throws RangeError on an empty sample
 */
export function quantileOfSorted(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile of an empty sample');
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  const a = sorted[lo];
  const b = sorted[hi];
  // Equal neighbours give that value exactly (no a + 0·(b − a) rounding).
  return a === b ? a : a + (h - lo) * (b - a);
}

/** The reported percentiles of a sample; sorts `sample` in place (pass a copy to keep it). */
export function percentilesOf(sample: Float64Array): PercentileSet {
  sample.sort();
  const out = {} as PercentileSet;
  for (const p of PERCENTILES) out[percentileKey(p)] = quantileOfSorted(sample, p / 100);
  return out;
}

/** Below this many values a range is sorted by insertion (faster than partitioning it). */
const SMALL = 16;

/**
 * Rearranges work[left..right] so that for every rank k in ranks[from..to) (ascending, inside the
 * range) work[k] is the k-th smallest of the range, with smaller-or-equal values before it and
 * greater-or-equal ones after: quickselect (Hoare partition, median-of-three pivot) that follows
 * every side holding a wanted rank, so the few order statistics the percentiles need cost a few
 * linear passes rather than a sort. No NaN in the range.
 */
function selectRanks(work: Float64Array, left: number, right: number, ranks: readonly number[], from: number, to: number): void {
  while (from < to) {
    if (right - left < SMALL) {
      for (let i = left + 1; i <= right; i++) {
        const v = work[i];
        let j = i - 1;
        while (j >= left && work[j] > v) {
          work[j + 1] = work[j];
          j--;
        }
        work[j + 1] = v;
      }
      return;
    }
    const mid = (left + right) >>> 1;
    if (work[mid] < work[left]) swap(work, mid, left);
    if (work[right] < work[left]) swap(work, right, left);
    if (work[right] < work[mid]) swap(work, right, mid);
    const pivot = work[mid];
    let i = left;
    let j = right;
    while (i <= j) {
      while (work[i] < pivot) i++;
      while (work[j] > pivot) j--;
      if (i <= j) {
        swap(work, i, j);
        i++;
        j--;
      }
    }
    // Now work[left..j] ≤ pivot, work[i..right] ≥ pivot and everything between equals the pivot.
    let leftEnd = from;
    while (leftEnd < to && ranks[leftEnd] <= j) leftEnd++;
    let rightStart = leftEnd;
    while (rightStart < to && ranks[rightStart] < i) rightStart++;
    // Recurse into the side with fewer ranks, loop on the other.
    if (leftEnd - from < to - rightStart) {
      selectRanks(work, left, j, ranks, from, leftEnd);
      left = i;
      from = rightStart;
    } else {
      selectRanks(work, i, right, ranks, rightStart, to);
      right = j;
      to = leftEnd;
    }
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * The reported percentiles of values[from..to) — the same numbers as {@link percentilesOf} on a
 * sorted copy, found by selecting only the order statistics they need (no sort, no copy per call).
 * @param work scratch of at least to − from values, overwritten
 * @throws RangeError on an empty range
 */
export function percentilesOfRange(values: ArrayLike<number>, from: number, to: number, work: Float64Array): PercentileSet {
  const n = to - from;
  if (n <= 0) throw new RangeError('quantile of an empty sample');
  let nan = false;
  let constant = true;
  const first = values[from];
  for (let i = 0; i < n; i++) {
    const v = values[from + i];
    work[i] = v;
    if (v !== v) nan = true;
    if (!Object.is(v, first)) constant = false;
  }
  // NaN has no place in an order: the sort puts it last, as percentilesOf does.
  if (nan) return percentilesOf(work.slice(0, n));
  // One value throughout (e.g. the undrawn 2020, a norm-fixed supply): every percentile is that value.
  if (constant) return { 'p2.5': first, p10: first, p50: first, p90: first, 'p97.5': first };
  // The ranks each percentile interpolates between (Hyndman–Fan type 7, as quantileOfSorted).
  const wanted: number[] = [];
  for (const p of PERCENTILES) {
    const lo = Math.floor((n - 1) * (p / 100));
    wanted.push(lo, Math.min(n - 1, lo + 1));
  }
  const ranks = wanted.sort((a, b) => a - b).filter((r, i) => i === 0 || r !== wanted[i - 1]);
  selectRanks(work, 0, n - 1, ranks, 0, ranks.length);
  const out = {} as PercentileSet;
  for (const p of PERCENTILES) {
    // The expressions of quantileOfSorted, on the selected order statistics.
    const h = (n - 1) * (p / 100);
    const lo = Math.floor(h);
    const a = work[lo];
    const b = work[Math.min(n - 1, lo + 1)];
    out[percentileKey(p)] = a === b ? a : a + (h - lo) * (b - a);
  }
  return out;
}
