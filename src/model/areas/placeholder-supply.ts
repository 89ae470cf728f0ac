/**
 * The placeholder supply table shipped in the default areas file (every row grade U): no per-area
 * count of childcare places, kindergarten places, school places, care beds or day-care centres was
 * found, so the district's 2020 figures are spread over the areas by their 2020 demand (docs/areas.md §6).
 * scripts/build-area-supply.ts writes the result into the file; a test re-runs it and compares.
 */
import type { NormValues } from '../service-demand/norm-specs';
import type { AreasFile, Facility, SupplyRow } from './areas-file';
import type { AreaYearRow } from './area-demand';

/** Elderly-care beds per 1,000 people 60+ in 2015, national (reference README §6, grade B). */
export const CARE_BEDS_PER_1000_ELDERLY_2015 = 30.3;
/** Day-care centres for the elderly built 2016–2020 (plan; taken as today's stock, grade U). */
export const DAY_CARE_CENTRES_2020 = 36;

/** Splits a whole `total` over weights by largest remainder, so the parts are whole and add up to it. */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    out[i]++;
    left--;
  }
  return out;
}

/**
 * Supply rows opened in 2020 for every area: childcare = the district's 2020 places by residents;
 * kindergarten = 2020 gross enrolment × the area's ages 3–5; primary and junior = the area's 2020 pupils;
 * care beds = 30.3 per 1,000 people 60+; day-care centres = 36 by people 60+. Rounded to whole units.
 *
 * @param rows2020 each area's 2020 row (file order) computed with an empty supply table
 */
export function placeholderSupply(file: AreasFile, rows2020: readonly AreaYearRow[], norms: NormValues): SupplyRow[] {
  const residents = rows2020.map((r) => r.residents);
  const childcare = largestRemainder(Math.round(norms.childcareSupply2020), residents);
  const centres = largestRemainder(DAY_CARE_CENTRES_2020, rows2020.map((r) => r.age60plus));
  const rows: SupplyRow[] = [];
  const add = (area: string, facility: Facility, capacity: number): void => {
    if (capacity > 0) rows.push({ area, facility, capacity, yearOpened: 2020, name: '占位数 placeholder', grade: 'U' });
  };
  file.areas.forEach((a, i) => {
    const r = rows2020[i];
    add(a.code, 'childcare', childcare[i]);
    add(a.code, 'kindergarten', Math.round(r.age3to5 * norms.preschoolEnrolment2020));
    add(a.code, 'primary', Math.round(r.age6to11));
    add(a.code, 'junior', Math.round(r.age12to14));
    add(a.code, 'careHome', Math.round((r.age60plus * CARE_BEDS_PER_1000_ELDERLY_2015) / 1000));
    add(a.code, 'dayCareCentre', centres[i]);
  });
  return rows;
}
