/**
 * Complete (single-year) life table from death rates, in the conventions of the UN WPP 2019 CCMPP
 * run (see `data/reference/validation/README.md`), so that the survival ratios derived here
 * reproduce the UN's to about 1e-15:
 *
 *   qx = mx / (1 + (1 − ax)·mx), q(open) = 1;  l(x+1) = lx·(1 − qx);  dx = lx·qx;
 *   Lx = l(x+1) + ax·dx;  L(open) = l(open)/m(open);  Tx = Σ_{y≥x} Ly;  ex = Tx/lx;
 *   S0 = L0/l0,  Sx = Lx/L(x−1) (1 ≤ x < open),  S(open) = T(open)/T(open−1).
 *
 * The radix is 1, so lx is the probability of surviving to exact age x and Lx, Tx are person-years
 * per person born.
 */
import { andreevKingkadeA0, type A0Sex } from './infant-ax';

/** A complete life table, ages 0..open (index = age; the last index is the open group). */
export interface LifeTable {
  /** Death rates, deaths per person-year. */
  mx: Float64Array;
  /** Mean years lived in [x, x+1) by those dying there; for the open group 1/m(open). */
  ax: Float64Array;
  /** Probability of dying between x and x+1 (1 for the open group). */
  qx: Float64Array;
  /** Survivors to exact age x, radix l0 = 1. */
  lx: Float64Array;
  /** Deaths between x and x+1 per person born. */
  dx: Float64Array;
  /** Person-years lived between x and x+1 per person born (open group: from x on). */
  Lx: Float64Array;
  /** Person-years lived from x on per person born. */
  Tx: Float64Array;
  /** Life expectancy at exact age x, years. */
  ex: Float64Array;
  /** Survival ratios in the UN index convention (see the module comment), dimensionless. */
  Sx: Float64Array;
}

/** How to fill ax when no ax vector is given. */
export interface LifeTableOptions {
  /** a0 in years; overrides the rule. */
  a0?: number;
  /** Which Andreev–Kingkade (2015) a0 rule to use when `a0` is not given; default `both` (mean of the two). */
  sex?: A0Sex;
}

/**
 * Checks mx (and ax) once, so that the table can never contain NaN or infinities: a negative rate,
 * a zero open-age rate (infinite person-years) or an ax outside [0, 1] is a caller error.
 */
function checkRates(mx: Float64Array, ax: Float64Array | undefined): void {
  const open = mx.length - 1;
  if (open < 1) throw new RangeError(`life table: need at least 2 ages, got ${mx.length}`);
  if (ax !== undefined && ax.length !== mx.length) {
    throw new RangeError(`life table: ax has ${ax.length} values, mx has ${mx.length}`);
  }
  for (let x = 0; x <= open; x++) {
    const m = mx[x];
    if (!(m >= 0 && m < Infinity)) throw new RangeError(`life table: mx[${x}] = ${m} is not a finite rate ≥ 0`);
    if (ax !== undefined && x < open && !(ax[x] >= 0 && ax[x] <= 1)) {
      throw new RangeError(`life table: ax[${x}] = ${ax[x]} is outside [0, 1]`);
    }
  }
  if (!(mx[open] > 0)) throw new RangeError(`life table: the open-age rate mx[${open}] must be > 0`);
}

/**
 * qx = mx/(1 + (1 − ax)·mx), capped at 1: the formula exceeds 1 when ax·mx > 1 (e.g. m > 2 with
 * a = 0.5), which only extreme rates reach, and would then make lx negative.
 */
function probabilityOfDying(m: number, a: number): number {
  const q = m / (1 + (1 - a) * m);
  return q < 1 ? q : 1;
}

/**
 * Survival ratio L/prev. L ≤ prev mathematically; the cap at 1 only absorbs an ulp of rounding
 * (possible when ax = 1 follows ax = 0) so that the projection's range check never trips on it.
 * prev = 0 (everybody dead earlier) gives 0, not 0/0.
 */
function ratio(L: number, prev: number): number {
  if (!(prev > 0)) return 0;
  const s = L / prev;
  return s < 1 ? s : 1;
}

/** a0 when the caller gives no ax: the option, else the Andreev–Kingkade rule on m0. */
function defaultA0(m0: number, options: LifeTableOptions | undefined): number {
  const a0 = options?.a0 ?? andreevKingkadeA0(m0, options?.sex ?? 'both');
  if (!(a0 >= 0 && a0 <= 1)) throw new RangeError(`life table: a0 = ${a0} is outside [0, 1]`);
  return a0;
}

/**
 * Builds a complete life table with radix 1.
 *
 * @param mx death rates by single age 0..open, deaths per person-year; mx[open] > 0
 * @param ax optional mean years lived by those dying in [x, x+1), 0..1; when omitted, ax = 0.5 except
 *   a0 (see {@link LifeTableOptions}). ax[open] is ignored: L(open) = l(open)/m(open).
 * @param options a0 rule when `ax` is omitted
 * @throws RangeError on negative/non-finite rates, mx[open] = 0, or ax outside [0, 1]
 */
export function lifeTable(mx: Float64Array, ax?: Float64Array, options?: LifeTableOptions): LifeTable {
  checkRates(mx, ax);
  const n = mx.length;
  const open = n - 1;
  const t: LifeTable = {
    mx: Float64Array.from(mx),
    ax: new Float64Array(n),
    qx: new Float64Array(n),
    lx: new Float64Array(n),
    dx: new Float64Array(n),
    Lx: new Float64Array(n),
    Tx: new Float64Array(n),
    ex: new Float64Array(n),
    Sx: new Float64Array(n),
  };
  const a0 = ax === undefined ? defaultA0(mx[0], options) : ax[0];
  let l = 1;
  for (let x = 0; x < open; x++) {
    const m = mx[x];
    const a = ax === undefined ? (x === 0 ? a0 : 0.5) : ax[x];
    const q = probabilityOfDying(m, a);
    const next = l * (1 - q);
    const d = l * q;
    t.ax[x] = a;
    t.qx[x] = q;
    t.lx[x] = l;
    t.dx[x] = d;
    t.Lx[x] = next + a * d;
    l = next;
  }
  t.ax[open] = 1 / mx[open];
  t.qx[open] = 1;
  t.lx[open] = l;
  t.dx[open] = l;
  t.Lx[open] = l / mx[open];
  // Tx accumulated from the open group down, in one pass.
  let T = 0;
  for (let x = open; x >= 0; x--) {
    T += t.Lx[x];
    t.Tx[x] = T;
    // An underflowed lx (extreme rates) would give 0/0; nobody alive there has no expectancy.
    t.ex[x] = t.lx[x] > 0 ? T / t.lx[x] : 0;
  }
  t.Sx[0] = t.Lx[0];
  for (let x = 1; x < open; x++) t.Sx[x] = ratio(t.Lx[x], t.Lx[x - 1]);
  t.Sx[open] = ratio(t.Tx[open], t.Tx[open - 1]);
  return t;
}

/**
 * Survival ratios only (the UN index convention of {@link LifeTable.Sx}), computed in one pass
 * without building the table. Allocation-free when `out` is given: this runs for every state, sex
 * and year of a projection.
 *
 * @param mx death rates by single age 0..open, deaths per person-year; mx[open] > 0
 * @param ax optional separation factors (see {@link lifeTable})
 * @param out optional output of the same length as mx; returned
 * @param options a0 rule when `ax` is omitted
 * @returns survival ratios, dimensionless 0..1
 * @throws RangeError as {@link lifeTable}, or when `out` has the wrong length
 */
export function survivalFromMx(
  mx: Float64Array,
  ax?: Float64Array,
  out?: Float64Array,
  options?: LifeTableOptions,
): Float64Array {
  checkRates(mx, ax);
  const n = mx.length;
  const open = n - 1;
  const sx = out ?? new Float64Array(n);
  if (sx.length !== n) throw new RangeError(`survivalFromMx: out has ${sx.length} values, mx has ${n}`);
  const a0 = ax === undefined ? defaultA0(mx[0], options) : ax[0];
  let l = 1;
  let prevL = 1; // L(−1) := l0 = 1 makes S0 = L0/l0 fall out of the same ratio.
  for (let x = 0; x < open; x++) {
    const m = mx[x];
    const a = ax === undefined ? (x === 0 ? a0 : 0.5) : ax[x];
    const q = probabilityOfDying(m, a);
    const next = l * (1 - q);
    const L = next + a * (l * q);
    sx[x] = ratio(L, prevL);
    prevL = L;
    l = next;
  }
  const lastL = l / mx[open];
  const tBelow = prevL + lastL; // T(open−1) = L(open−1) + L(open)
  sx[open] = ratio(lastL, tBelow);
  return sx;
}

/**
 * Life expectancy at birth, years, from death rates (same conventions as {@link lifeTable}),
 * without allocating the table.
 *
 * Its loop repeats the first lines of {@link lifeTable}'s on purpose: the mortality fit calls this
 * dozens of times per e0 it solves for, and going through the full table (eight arrays per call) or a
 * shared per-age callback costs the fit its speed; the two are compared value by value in
 * test/reference/life-tables.test.ts, so they cannot drift apart.
 *
 * @param mx death rates by single age 0..open, deaths per person-year; mx[open] > 0
 * @param ax optional separation factors
 * @param options a0 rule when `ax` is omitted
 */
export function e0FromMx(mx: Float64Array, ax?: Float64Array, options?: LifeTableOptions): number {
  checkRates(mx, ax);
  const open = mx.length - 1;
  const a0 = ax === undefined ? defaultA0(mx[0], options) : ax[0];
  let l = 1;
  let T = 0;
  for (let x = 0; x < open; x++) {
    const m = mx[x];
    const a = ax === undefined ? (x === 0 ? a0 : 0.5) : ax[x];
    const q = probabilityOfDying(m, a);
    const next = l * (1 - q);
    T += next + a * (l * q);
    l = next;
  }
  return T + l / mx[open];
}
