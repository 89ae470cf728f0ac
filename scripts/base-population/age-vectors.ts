/** Small helpers on single-age vectors and age-group tables shared by the base-population build steps. */
import { graduateWithInfant } from '../../src/model/demography/graduation';
import type { BySexNumbers } from '../../src/model/xiqing/base-population';
import { OPEN_AGE } from './published-figures-and-assumptions';

/** Number of single ages 0..OPEN_AGE. */
export const AGES = OPEN_AGE + 1;

/** The two sexes, in the order of the JSON and of the raking table's columns. */
export const SEXES = ['male', 'female'] as const;
/** One of {@link SEXES}. */
export type SexKey = (typeof SEXES)[number];

/** Rounds persons to 4 decimals for the JSON (−0 becomes 0). */
export const round4 = (v: number): number => Math.round(v * 1e4) / 1e4 + 0;
/** Rounds a share or factor to 8 decimals. */
export const round8 = (v: number): number => Math.round(v * 1e8) / 1e8 + 0;
/** Sum of `a[from..to]` (inclusive), added left to right. */
export const sum = (a: ArrayLike<number>, from = 0, to = a.length - 1): number => {
  let s = 0;
  for (let i = from; i <= to; i++) s += a[i];
  return s;
};
/** A zero vector over single ages 0..OPEN_AGE. */
export const newAges = (): Float64Array => new Float64Array(AGES);

/** Yearbook field name of a Xiqing age group (`男_1到4岁`, `女_85岁以上` …). */
export function yearbookAgeField(sex: SexKey, label: string): string {
  const s = sex === 'male' ? '男' : '女';
  if (label === '85+') return `${s}_85岁以上`;
  if (label === '0') return `${s}_0岁`;
  const [a, b] = label.split('-');
  return `${s}_${a}到${b}岁`;
}

/** Linear interpolation on knots (ages ascending), constant outside them. */
export function interpolateKnots(knots: [number, number][], x: number): number {
  if (x <= knots[0][0]) return knots[0][1];
  for (let k = 1; k < knots.length; k++) {
    const [x1, y1] = knots[k];
    if (x <= x1) {
      const [x0, y0] = knots[k - 1];
      return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
    }
  }
  return knots[knots.length - 1][1];
}

/** Graduates a 22-group table (0, 1–4, 5–9 … 95–99, 100+) of one sex to single ages 0..100. */
export function graduate22(groups: ArrayLike<number>): { values: Float64Array; fallbackGroups: number[] } {
  if (groups.length !== 22) throw new Error(`expected 22 groups, got ${groups.length}`);
  const g = Array.from(groups);
  return graduateWithInfant(g[0], g[1], g.slice(2, 21), g[21], { tail: 'open-as-closed' });
}

/** Both sexes' vectors rounded to 4 decimals, as plain arrays for the JSON. */
export const toNumbers = (bySex: Record<SexKey, Float64Array>): BySexNumbers => ({
  male: Array.from(bySex.male, round4),
  female: Array.from(bySex.female, round4),
});
