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
