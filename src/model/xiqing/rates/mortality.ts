/**
 * Mortality for the Xiqing model: the WPP 2024 China age pattern (2020–2025), graduated to single
 * ages, with its level scaled per sex so that life expectancy at birth matches a target.
 *
 * Why a scaled China pattern: no Chinese or Tianjin census life table is at hand (reference README §4);
 * the plan gives only e0 (81.89 in 2020, 82.38 target for 2025). Proportional scaling of all rates is
 * the simplest relational model that keeps the age pattern and hits e0 exactly.
 */
import { andreevKingkadeA0 } from '../../engine/infant-ax';
import { e0FromMx, survivalFromMx } from '../../engine/life-table';
import type { Sex } from '../../engine/types';
import wpp from '../data/wpp2024-china.json';

/** Number of single ages 0..100 (100 = open group 100+). */
export const AGE_COUNT = 101;

/** First age of each WPP group (0, 1, 5, 10, …, 95, 100). */
const groupStarts = wpp.mortality.ageGroups.map((g) => Number.parseInt(g, 10));

/**
 * Graduates the WPP abridged rates (0, 1–4, 5–9, …, 95–99, 100+) to single ages 0..100, per year of age.
 * m0 and m(1–4) are kept as published; from age 5 log(m) is interpolated linearly between the
 * groups' mid-points (the 1–4 group's mid-point, 3, anchors ages 5–7; ages 98–99 extend the last
 * closed segment), with the knots adjusted iteratively so that each group's mean equals its published
 * rate; the open group keeps m(100+). Log-linear because mortality is close to exponential in age
 * over 5-year spans.
 */
export function graduateMx(groupRates: readonly number[]): Float64Array {
  const out = new Float64Array(AGE_COUNT);
  out[0] = groupRates[0];
  for (let x = 1; x <= 4; x++) out[x] = groupRates[1];
  // Mid-points of groups 1–4 (3) and 5–9 … 95–99 (x0 + 2.5); their log-rates.
  const mids: number[] = [3];
  const logs: number[] = [Math.log(groupRates[1])];
  for (let g = 2; g < groupStarts.length - 1; g++) {
    mids.push(groupStarts[g] + 2.5);
    logs.push(Math.log(groupRates[g]));
  }
  const interpolate = (): void => {
    for (let x = 5; x <= 99; x++) {
      const age = x + 0.5;
      let k = 0;
      while (k < mids.length - 2 && age > mids[k + 1]) k++;
      const w = (age - mids[k]) / (mids[k + 1] - mids[k]);
      out[x] = Math.exp(logs[k] + w * (logs[k + 1] - logs[k]));
    }
  };
  // Log-linear interpolation of a convex curve overshoots each group's mean (by up to ~6%): move the
  // knots until every 5-year group's mean equals its published rate, then remove the last residue
  // by rescaling within each group (it is below 1e-6 by then, so the curve stays smooth).
  for (let iter = 0; iter < 60; iter++) {
    interpolate();
    for (let g = 2; g < groupStarts.length - 1; g++) {
      let mean = 0;
      for (let x = groupStarts[g]; x < groupStarts[g] + 5; x++) mean += out[x] / 5;
      logs[g - 1] += Math.log(groupRates[g] / mean);
    }
  }
  interpolate();
  for (let g = 2; g < groupStarts.length - 1; g++) {
    const x0 = groupStarts[g];
    let mean = 0;
    for (let x = x0; x < x0 + 5; x++) mean += out[x] / 5;
    for (let x = x0; x < x0 + 5; x++) out[x] *= groupRates[g] / mean;
  }
  out[100] = groupRates[groupRates.length - 1];
  return out;
}

/** The single-year WPP China 2020–2025 pattern by sex, per person-year. */
export const chinaMxPattern: Readonly<Record<Sex, Float64Array>> = {
  male: graduateMx(wpp.mortality.mxMale),
  female: graduateMx(wpp.mortality.mxFemale),
};

/**
 * ax vector for given rates: a0 from m0 by sex (Andreev & Kingkade 2015, as the Human Mortality
 * Database uses), 0.5 elsewhere (the open group's ax is unused: L(open) = l(open)/m(open)).
 */
function axFor(mx: Float64Array, sex: Sex, out: Float64Array): Float64Array {
  out.fill(0.5);
  out[0] = andreevKingkadeA0(mx[0], sex);
  return out;
}

/** A scaled table for one sex: the multiplier, its rates and survival ratios. */
export interface ScaledMortality {
  /** Multiplier applied to the China pattern (dimensionless). */
  factor: number;
  /** e0 achieved, years. */
  e0: number;
  /** Death rates by single age, per person-year. */
  mx: Float64Array;
  /** Survival ratios in the UN index convention (see engine/types.ts). */
  survival: Float64Array;
}

function scaled(sex: Sex, factor: number, mx: Float64Array, ax: Float64Array): number {
  const base = chinaMxPattern[sex];
  for (let x = 0; x < AGE_COUNT; x++) mx[x] = base[x] * factor;
  axFor(mx, sex, ax);
  return e0FromMx(mx, ax);
}

/**
 * Solves the multiplier of the China pattern that gives life expectancy `e0` (years) for one sex, on
 * log(factor) (e0 falls monotonically as the factor rises): regula falsi with the Illinois
 * modification, which keeps the bisection's bracket but converges superlinearly (about 8 life tables
 * instead of 47; probabilistic runs solve a table for every drawn year). Accurate to 1e-9 years.
 */
export function solveMortality(sex: Sex, e0: number): ScaledMortality {
  const mx = new Float64Array(AGE_COUNT);
  const ax = new Float64Array(AGE_COUNT);
  // g(u) = e0(e^u) − target: positive at lo (light mortality), negative at hi.
  let lo = Math.log(1e-3);
  let hi = Math.log(20);
  let gLo = scaled(sex, Math.exp(lo), mx, ax) - e0;
  let gHi = scaled(sex, Math.exp(hi), mx, ax) - e0;
  let side = 0;
  for (let i = 0; i < 200 && hi - lo > 1e-13; i++) {
    // A secant step inside the bracket; fall back to the midpoint if it would not shrink it.
    let mid = gLo === gHi ? 0.5 * (lo + hi) : lo + (gLo * (hi - lo)) / (gLo - gHi);
    if (!(mid > lo && mid < hi)) mid = 0.5 * (lo + hi);
    const g = scaled(sex, Math.exp(mid), mx, ax) - e0;
    if (Math.abs(g) < 1e-12) {
      lo = hi = mid;
      break;
    }
    if (g > 0) {
      lo = mid;
      gLo = g;
      if (side === 1) gHi *= 0.5;
      side = 1;
    } else {
      hi = mid;
      gHi = g;
      if (side === -1) gLo *= 0.5;
      side = -1;
    }
  }
  const factor = Math.exp(0.5 * (lo + hi));
  const achieved = scaled(sex, factor, mx, ax);
  return { factor, e0: achieved, mx, survival: survivalFromMx(mx, ax) };
}

/**
 * Sex-specific e0 (years) from a both-sexes target and the female–male gap. Both-sexes e0 is taken as
 * the mean of the two weighted by the sex ratio at birth (male births per female birth), which is
 * how a two-sex birth cohort's expectation of life averages.
 */
export function e0BySex(e0Both: number, gap: number, srb: number): Record<Sex, number> {
  const male = e0Both - gap / (1 + srb);
  return { male, female: male + gap };
}

const cache: Record<Sex, Map<number, ScaledMortality>> = { male: new Map(), female: new Map() };
const CACHE_LIMIT = 4096;

/**
 * Cached {@link solveMortality}: a recompute with an unchanged life-expectancy path does no solving.
 * Keyed by the exact e0 value (paths are computed the same way every run, so equal inputs give
 * bit-identical keys).
 */
export function mortalityFor(sex: Sex, e0: number): ScaledMortality {
  const bySex = cache[sex];
  let hit = bySex.get(e0);
  if (!hit) {
    if (bySex.size >= CACHE_LIMIT) bySex.clear();
    hit = solveMortality(sex, e0);
    bySex.set(e0, hit);
  }
  return hit;
}
