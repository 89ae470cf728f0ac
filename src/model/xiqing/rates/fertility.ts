/**
 * Fertility for the Xiqing model: age-specific rates by birth order (1st, 2nd, 3rd+) for single ages
 * 15–49, built from China's 2020 census schedule by order, scaled to a TFR path and shaped by the
 * three-child-policy and timing levers.
 *
 * Why China's order-specific shape: Xiqing and Tianjin publish no ASFR by order; China 2020's schedule
 * by order (reference README §3, grade D) is the nearest standard. Its order mix is replaced by
 * Tianjin's 2020 census mix (59.1% / 37.7% / 3.2%, grade A), which is much closer to Xiqing's.
 */
import { AGE_COUNT as AGES } from './mortality';

// A local copy: imported bindings can compile to getters, too slow inside per-age loops.
const AGE_COUNT: number = AGES;

/** China 2020 ASFR per 1,000 women by 5-year group 15–19 … 45–49 (reference README §3, grade D). */
export const CHINA_2020_ASFR_BY_ORDER = {
  first: [3.97, 32.11, 54.55, 24.39, 6.83, 1.64, 0.51],
  second: [0.73, 13.12, 34.9, 35.96, 17.01, 3.99, 0.8],
  thirdPlus: [0.06, 2.29, 7.41, 9.22, 6.0, 1.73, 0.37],
} as const;

/** Tianjin 2020 census: share of births by order (reference README §3, grade A). */
export const TIANJIN_2020_ORDER_SHARES = { first: 0.591, second: 0.377, thirdPlus: 0.032 } as const;

export type BirthOrder = keyof typeof CHINA_2020_ASFR_BY_ORDER;
export const BIRTH_ORDERS: readonly BirthOrder[] = ['first', 'second', 'thirdPlus'];

/** First and last childbearing ages of the schedule (inclusive). */
export const FIRST_FERTILE_AGE = 15;
export const LAST_FERTILE_AGE = 49;

/**
 * Graduates seven 5-year rates (15–19 … 45–49) to single ages 15–49: linear between group mid-points,
 * falling to zero half a year outside the range, then each group's five values rescaled to keep the
 * group's sum (so the TFR is preserved exactly). Simple, non-negative and smooth enough for
 * annual births; documented in docs/data-sources.md.
 */
export function graduateAsfr(groupRates: readonly number[]): Float64Array {
  const out = new Float64Array(AGE_COUNT);
  const mids = groupRates.map((_, g) => FIRST_FERTILE_AGE + 5 * g + 2.5);
  const at = (age: number): number => {
    if (age <= mids[0]) return groupRates[0] * Math.max(0, (age - (FIRST_FERTILE_AGE - 0.5)) / (mids[0] - FIRST_FERTILE_AGE + 0.5));
    const last = mids.length - 1;
    if (age >= mids[last]) return groupRates[last] * Math.max(0, (LAST_FERTILE_AGE + 1.5 - age) / (LAST_FERTILE_AGE + 1.5 - mids[last]));
    let k = 0;
    while (age > mids[k + 1]) k++;
    const w = (age - mids[k]) / 5;
    return groupRates[k] + w * (groupRates[k + 1] - groupRates[k]);
  };
  for (let g = 0; g < groupRates.length; g++) {
    let sum = 0;
    for (let i = 0; i < 5; i++) sum += (out[FIRST_FERTILE_AGE + 5 * g + i] = at(FIRST_FERTILE_AGE + 5 * g + i + 0.5));
    const scale = sum > 0 ? (5 * groupRates[g]) / sum : 0;
    for (let i = 0; i < 5; i++) out[FIRST_FERTILE_AGE + 5 * g + i] *= scale;
  }
  return out;
}

function sum(v: Float64Array): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i];
  return s;
}

/**
 * Standard schedules by order, single ages, each scaled so that order's TFR equals its Tianjin 2020
 * share: summing the three gives a schedule with TFR 1 (births per woman), to be scaled by the level.
 */
export const STANDARD_SCHEDULE: Readonly<Record<BirthOrder, Float64Array>> = (() => {
  const result = {} as Record<BirthOrder, Float64Array>;
  for (const order of BIRTH_ORDERS) {
    const v = graduateAsfr(CHINA_2020_ASFR_BY_ORDER[order].map((r) => r / 1000));
    const scale = TIANJIN_2020_ORDER_SHARES[order] / sum(v);
    for (let i = 0; i < v.length; i++) v[i] *= scale;
    result[order] = v;
  }
  return result;
})();

/** Mean age at childbearing of a schedule, years (ages taken at mid-year, x + 0.5). */
export function meanAgeOfSchedule(asfr: Float64Array): number {
  let num = 0;
  let den = 0;
  for (let x = 0; x < asfr.length; x++) {
    num += asfr[x] * (x + 0.5);
    den += asfr[x];
  }
  return den > 0 ? num / den : 0;
}

/**
 * Writes `schedule` shifted to older ages by `shift` years (negative = younger) into `out`, by linear
 * interpolation between single ages, keeping the total. Used for the childbearing-age lever.
 */
export function shiftSchedule(schedule: Float64Array, shift: number, out: Float64Array): Float64Array {
  out.fill(0);
  if (shift === 0) {
    out.set(schedule);
    return out;
  }
  let total = 0;
  let shifted = 0;
  for (let x = 0; x < schedule.length; x++) {
    total += schedule[x];
    const source = x - shift;
    const lo = Math.floor(source);
    const w = source - lo;
    const a = lo >= 0 && lo < schedule.length ? schedule[lo] : 0;
    const b = lo + 1 >= 0 && lo + 1 < schedule.length ? schedule[lo + 1] : 0;
    out[x] = (1 - w) * a + w * b;
    // Ages 0–9 and the open group never bear children in the engine; keep the schedule there at zero.
    if (x < 10 || x >= schedule.length - 1) out[x] = 0;
    shifted += out[x];
  }
  if (shifted > 0) for (let x = 0; x < out.length; x++) out[x] *= total / shifted;
  return out;
}

/** Fertility settings for one year, from the levers. */
export interface YearFertility {
  /** Level before the policy response: TFR of Xiqing-hukou (local) women, births per woman. */
  baseTfr: number;
  /** Multipliers on 2nd and 3rd+ births from the three-child-policy response (1 = none). */
  secondMultiplier: number;
  thirdMultiplier: number;
  /** Shift of the schedule to older ages, years. */
  ageShift: number;
}

/**
 * Builds the local women's ASFR for one year into `out` (births per woman per year by age at the start
 * of the year), and returns its TFR by order. `scratch` is a work vector of the same length.
 */
export function buildAsfr(f: YearFertility, out: Float64Array, scratch: Float64Array): Record<BirthOrder, number> {
  const mult: Record<BirthOrder, number> = { first: 1, second: f.secondMultiplier, thirdPlus: f.thirdMultiplier };
  const tfrByOrder: Record<BirthOrder, number> = { first: 0, second: 0, thirdPlus: 0 };
  scratch.fill(0);
  for (const order of BIRTH_ORDERS) {
    const s = STANDARD_SCHEDULE[order];
    const k = f.baseTfr * mult[order];
    tfrByOrder[order] = k * TIANJIN_2020_ORDER_SHARES[order];
    for (let x = FIRST_FERTILE_AGE; x <= LAST_FERTILE_AGE; x++) scratch[x] += k * s[x];
  }
  shiftSchedule(scratch, f.ageShift, out);
  return tfrByOrder;
}
