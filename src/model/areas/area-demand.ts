/**
 * Service demand, supply and gaps per area and year, by the district's norms (the same formulas as
 * service-demand/demand.ts, applied to one area's residents) and the areas file's supply table.
 *
 * Gaps here are signed: need − supply, positive for a shortage and negative for a surplus, so a map can
 * colour both. Places, beds and persons add up over areas to the district's; whole units (classes,
 * kindergartens, centres) are rounded up per area and so add up to at least the district's.
 */
import type { BySex } from '../engine/types';
import { wholeUnits } from '../service-demand/demand';
import type { NormValues } from '../service-demand/norm-specs';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import { FACILITIES, type AreasFile, type Facility } from './areas-file';
import type { AreaPopulations } from './distribute';

/** One area in one year. Persons, places and beds are expected values (fractional); classes and centres whole. */
export interface AreaYearRow {
  year: number;
  /** Residents incl. students hosted here, persons. */
  residents: number;
  /** Residents aged 0–2, 3–5, 6–11, 12–14, 0–14, 15–59, 60+, 65+, 80+, persons. */
  age0to2: number;
  age3to5: number;
  age6to11: number;
  age12to14: number;
  age0to14: number;
  age15to59: number;
  age60plus: number;
  age65plus: number;
  age80plus: number;
  /** Childcare places by the per-1,000-residents norm, places. */
  childcarePlacesByNorm: number;
  /** Childcare places wanted by families (under-3s × demand rate), places. */
  childcarePlacesByDemand: number;
  /** Kindergarten places (ages 3–5 × enrolment norm), places. */
  preschoolPlaces: number;
  /** Kindergarten classes (per age band, rounded up), classes. */
  preschoolClasses: number;
  /** Kindergartens (places ÷ maximum per kindergarten, rounded up). */
  kindergartens: number;
  /** Primary and junior secondary places (every resident child), places. */
  primaryPlaces: number;
  juniorPlaces: number;
  /** Primary and junior classes (rounded up), classes. */
  primaryClasses: number;
  juniorClasses: number;
  /** Elderly-care beds and nursing-type beds needed, beds. */
  careBeds: number;
  nursingBeds: number;
  /** Day-care centres needed (60+ ÷ catchment, rounded up), centres. */
  dayCareCentres: number;
  /** Supply open by the end of the year, by facility (places, beds or centres). */
  supply: Record<Facility, number>;
  /** Need − supply, signed (negative: surplus): childcare to the norm, kindergarten, primary, junior places, care beds, centres. */
  childcareGap: number;
  preschoolGap: number;
  primaryGap: number;
  juniorGap: number;
  careBedGap: number;
  dayCareCentreGap: number;
}

/** The row fields that add up over areas to the district's (persons, places, beds). */
export const ADDITIVE_FIELDS = [
  'residents', 'age0to2', 'age3to5', 'age6to11', 'age12to14', 'age0to14', 'age15to59', 'age60plus', 'age65plus', 'age80plus',
  'childcarePlacesByNorm', 'childcarePlacesByDemand', 'preschoolPlaces', 'primaryPlaces', 'juniorPlaces', 'careBeds', 'nursingBeds',
] as const satisfies readonly (keyof AreaYearRow)[];

/** Supply of each facility in `area` open by the end of `year` (capacity of rows with yearOpened ≤ year). */
export function supplyInYear(file: AreasFile, area: string, year: number): Record<Facility, number> {
  const out = Object.fromEntries(FACILITIES.map((f) => [f, 0])) as Record<Facility, number>;
  for (const r of file.supply) if (r.area === area && r.yearOpened <= year) out[r.facility] += r.capacity;
  return out;
}

/** One area-year row from its population by sex and age. */
export function areaYearRow(p: BySex<Float64Array>, year: number, norms: NormValues, supply: Record<Facility, number>): AreaYearRow {
  const at = (x: number): number => p.male[x] + p.female[x];
  const ages = (from: number, to: number): number => {
    let s = 0;
    for (let x = from; x <= Math.min(to, AGE_COUNT - 1); x++) s += at(x);
    return s;
  };
  const residents = ages(0, AGE_COUNT - 1);
  const age0to2 = ages(0, 2);
  const enrol = norms.preschoolEnrolment;
  const age3to5 = ages(3, 5);
  const preschoolPlaces = age3to5 * enrol;
  const age6to11 = ages(6, 11);
  const age12to14 = ages(12, 14);
  const age60plus = ages(60, AGE_COUNT - 1);
  const childcarePlacesByNorm = (residents * norms.childcarePlacesPer1000) / 1000;
  const careBeds = (age60plus * norms.careBedsPer1000Elderly) / 1000;
  const dayCareCentres = wholeUnits(age60plus / norms.elderlyPerDayCareCentre);
  return {
    year,
    residents,
    age0to2,
    age3to5,
    age6to11,
    age12to14,
    age0to14: ages(0, 14),
    age15to59: ages(15, 59),
    age60plus,
    age65plus: ages(65, AGE_COUNT - 1),
    age80plus: ages(80, AGE_COUNT - 1),
    childcarePlacesByNorm,
    childcarePlacesByDemand: age0to2 * norms.childcareDemandRate,
    preschoolPlaces,
    preschoolClasses:
      wholeUnits((at(3) * enrol) / norms.kindergartenClassSizeAge3) +
      wholeUnits((at(4) * enrol) / norms.kindergartenClassSizeAge4) +
      wholeUnits((at(5) * enrol) / norms.kindergartenClassSizeAge5),
    kindergartens: wholeUnits(preschoolPlaces / norms.maxChildrenPerKindergarten),
    primaryPlaces: age6to11,
    juniorPlaces: age12to14,
    primaryClasses: wholeUnits(age6to11 / norms.primaryClassSize),
    juniorClasses: wholeUnits(age12to14 / norms.juniorClassSize),
    careBeds,
    nursingBeds: careBeds * norms.nursingBedShare,
    dayCareCentres,
    supply,
    childcareGap: childcarePlacesByNorm - supply.childcare,
    preschoolGap: preschoolPlaces - supply.kindergarten,
    primaryGap: age6to11 - supply.primary,
    juniorGap: age12to14 - supply.junior,
    careBedGap: careBeds - supply.careHome,
    dayCareCentreGap: dayCareCentres - supply.dayCareCentre,
  };
}

/** Rows of every area (file order) for every year of the projection. */
export function areaRows(file: AreasFile, pops: AreaPopulations, norms: NormValues): AreaYearRow[][] {
  return file.areas.map((a, i) => pops.years.map((year, t) => areaYearRow(pops.byArea[i][t], year, norms, supplyInYear(file, a.code, year))));
}

/** The same row computed for the whole district (the areas' populations summed), with the areas' supply summed. */
export function districtAreaRows(file: AreasFile, pops: AreaPopulations, norms: NormValues): AreaYearRow[] {
  return pops.years.map((year, t) => {
    const supply = Object.fromEntries(FACILITIES.map((f) => [f, 0])) as Record<Facility, number>;
    for (const a of file.areas) {
      const s = supplyInYear(file, a.code, year);
      for (const f of FACILITIES) supply[f] += s[f];
    }
    return areaYearRow(pops.district[t], year, norms, supply);
  });
}
