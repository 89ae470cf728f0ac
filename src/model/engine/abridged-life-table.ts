/**
 * Abridged life table (age groups of any width, typically 0, 1–4, 5–9, …, open) with given nax,
 * in the conventions of Preston, Heuveline & Guillot (2001), *Demography*, Box 3.1:
 *
 *   nqx = n·nMx / (1 + (n − nax)·nMx), q(open) = 1;  l(x+n) = lx − ndx;  ndx = lx·nqx;
 *   nLx = n·l(x+n) + nax·ndx;  L(open) = l(open)/M(open);  Tx = Σ nLx;  ex = Tx/lx.
 *
 * Used to read published abridged tables (e.g. WPP 5-year mortality) and checked against Box 3.1.
 */

/** An abridged life table; index i is the age group starting at `ages[i]`, the last one open. */
export interface AbridgedLifeTable {
  /** Exact age at the start of each group, years. */
  ages: number[];
  /** Width of each group, years (`Infinity` for the open group). */
  n: number[];
  /** Death rates, deaths per person-year. */
  nMx: Float64Array;
  /** Mean years lived in the group by those dying in it (open group: 1/M). */
  nax: Float64Array;
  /** Probability of dying in the group (1 for the open group). */
  nqx: Float64Array;
  /** Survivors to exact age `ages[i]`, out of `radix` births. */
  lx: Float64Array;
  /** Deaths in the group, out of `radix` births. */
  ndx: Float64Array;
  /** Person-years lived in the group, per `radix` births. */
  nLx: Float64Array;
  /** Person-years lived above `ages[i]`, per `radix` births. */
  Tx: Float64Array;
  /** Life expectancy at exact age `ages[i]`, years. */
  ex: Float64Array;
}

/**
 * Builds an abridged life table.
 *
 * @param ages exact starting ages of the groups, strictly increasing; the last group is open
 * @param nMx death rates per group, deaths per person-year (≥ 0; the open group's > 0)
 * @param nax mean years lived in each group by those dying there (0 ≤ nax ≤ n); the open group's is ignored
 * @param radix l at the first age (default 100,000, as published tables)
 * @throws RangeError on mismatched lengths, non-increasing ages or invalid rates
 */
export function abridgedLifeTable(
  ages: readonly number[],
  nMx: readonly number[] | Float64Array,
  nax: readonly (number | null)[] | Float64Array,
  radix = 100_000,
): AbridgedLifeTable {
  const k = ages.length;
  if (k < 2 || nMx.length !== k || nax.length !== k) {
    throw new RangeError(`abridged life table: ages (${k}), nMx (${nMx.length}) and nax (${nax.length}) must have equal length ≥ 2`);
  }
  const t: AbridgedLifeTable = {
    ages: [...ages],
    n: ages.map((a, i) => (i < k - 1 ? ages[i + 1] - a : Infinity)),
    nMx: Float64Array.from(nMx),
    nax: new Float64Array(k),
    nqx: new Float64Array(k),
    lx: new Float64Array(k),
    ndx: new Float64Array(k),
    nLx: new Float64Array(k),
    Tx: new Float64Array(k),
    ex: new Float64Array(k),
  };
  let l = radix;
  for (let i = 0; i < k - 1; i++) {
    const n = t.n[i];
    const m = nMx[i];
    const a = nax[i] ?? NaN;
    if (!(n > 0)) throw new RangeError(`abridged life table: ages must increase (at index ${i})`);
    if (!(m >= 0 && m < Infinity)) throw new RangeError(`abridged life table: nMx[${i}] = ${m} is not a finite rate ≥ 0`);
    if (!(a >= 0 && a <= n)) throw new RangeError(`abridged life table: nax[${i}] = ${a} is outside [0, ${n}]`);
    const q = (n * m) / (1 + (n - a) * m);
    const d = l * q;
    const next = l - d;
    t.nax[i] = a;
    t.nqx[i] = q;
    t.lx[i] = l;
    t.ndx[i] = d;
    t.nLx[i] = n * next + a * d;
    l = next;
  }
  const mOpen = nMx[k - 1];
  if (!(mOpen > 0 && mOpen < Infinity)) throw new RangeError(`abridged life table: the open group's nMx must be > 0, got ${mOpen}`);
  t.nax[k - 1] = 1 / mOpen;
  t.nqx[k - 1] = 1;
  t.lx[k - 1] = l;
  t.ndx[k - 1] = l;
  t.nLx[k - 1] = l / mOpen;
  let T = 0;
  for (let i = k - 1; i >= 0; i--) {
    T += t.nLx[i];
    t.Tx[i] = T;
    t.ex[i] = t.lx[i] > 0 ? T / t.lx[i] : 0;
  }
  return t;
}
