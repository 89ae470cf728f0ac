/**
 * Age-specific prevalence of disability and dementia among people 60+.
 *
 * Only all-60+ national figures are at hand (reference README §6: 18.3% disabled or semi-disabled,
 * 6.0% dementia); age-specific rates were not found. So the age gradient is an ASSUMPTION (grade U),
 * documented here: prevalence rises log-linearly with age,
 *
 *   p(x) = min(1, p60 · 2^((x + 0.5 − 60) / D))   for single ages x = 60 … 100 (100 = 100+), 0 below 60,
 *
 * i.e. it doubles every D years of age (evaluated at mid-age x + 0.5, capped at 100%). The level p60
 * is then scaled so that China's 2020 census 60+ age structure, graduated to single years, gives
 * exactly the national all-60+ figure. Applying p(x) to Xiqing's own ages carries the national
 * pattern over while letting Xiqing's younger old-age structure show (fewer 80+, lower prevalence).
 *
 * Both sexes share one gradient (no sex-specific national figures were at hand). The national
 * figures are from 2015 (disability) and 2015–2018 (dementia); using China's 2020 structure for the
 * calibration treats them as the 2020 level. Pure; results are memoised by (share, D).
 */
import { graduateFiveYear } from '../demography/graduation';
import { AGE_COUNT } from '../xiqing/rates/mortality';
import { CHINA_2020_FIRST_AGE, CHINA_2020_OLDER_AGES } from './data/china-2020-older-ages';

/** Youngest age of the elderly population (China's definition of 老年人), years. */
export const ELDERLY_AGE = 60;

/**
 * China's 2020 population at single ages 0..100 (only 60..100 filled; 100 = 100+), both sexes,
 * persons: the 5-year groups 50–54 … 95–99 graduated with Sprague multipliers (the open group 100+
 * entering the panels as one more group, as for the thin tail of the Xiqing base), sexes added.
 */
export const CHINA_2020_ELDERLY_BY_AGE: Float64Array = (() => {
  const out = new Float64Array(AGE_COUNT);
  for (const sex of ['male', 'female'] as const) {
    const { groups, open } = CHINA_2020_OLDER_AGES[sex];
    const single = graduateFiveYear(groups, open, { tail: 'open-as-closed' }).values;
    for (let i = 0; i < single.length; i++) {
      const age = CHINA_2020_FIRST_AGE + i;
      if (age >= ELDERLY_AGE && age < AGE_COUNT) out[age] += single[i];
    }
  }
  return out;
})();

/** Prevalence by single age with level `p60` and doubling period `doublingYears`, before any calibration. */
function gradient(p60: number, doublingYears: number, out: Float64Array): Float64Array {
  out.fill(0);
  for (let x = ELDERLY_AGE; x < AGE_COUNT; x++) out[x] = Math.min(1, p60 * 2 ** ((x + 0.5 - ELDERLY_AGE) / doublingYears));
  return out;
}

/**
 * Share of a 60+ population (single ages, persons) that a prevalence schedule gives, fraction 0..1.
 * @param prevalence shares by single age 0..100
 * @param population persons by single age 0..100 (ages below 60 are ignored)
 */
export function allAgeShare60plus(prevalence: ArrayLike<number>, population: ArrayLike<number>): number {
  let cases = 0;
  let persons = 0;
  for (let x = ELDERLY_AGE; x < AGE_COUNT; x++) {
    cases += prevalence[x] * population[x];
    persons += population[x];
  }
  return persons > 0 ? cases / persons : 0;
}

const memo = new Map<string, Float64Array>();

/**
 * Prevalence by single age 0..100 (fractions 0..1; 0 below 60) such that China's 2020 60+ structure
 * gives `share60plus` overall, with prevalence doubling every `doublingYears` years of age.
 *
 * @param share60plus the national all-60+ prevalence, fraction 0..1
 * @param doublingYears years of age over which prevalence doubles (> 0)
 * @returns a shared, read-only array (memoised): do not modify it
 */
export function prevalenceByAge(share60plus: number, doublingYears: number): Float64Array {
  const key = `${share60plus}|${doublingYears}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const out = new Float64Array(AGE_COUNT);
  // The share is increasing and continuous in p60 (strictly until every age is capped at 1), so
  // bisection on p60 in [0, 1] finds the level; 80 halvings reach double precision.
  const target = Math.min(1, Math.max(0, share60plus));
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (allAgeShare60plus(gradient(mid, doublingYears, out), CHINA_2020_ELDERLY_BY_AGE) < target) lo = mid;
    else hi = mid;
  }
  gradient((lo + hi) / 2, doublingYears, out);
  if (memo.size > 64) memo.clear(); // a slider sweep must not grow the cache without bound
  memo.set(key, out);
  return out;
}

/**
 * Expected number of cases among a population: Σ prevalence(x) × persons(x), persons.
 * @param prevalence shares by single age 0..100
 * @param male persons by single age 0..100
 * @param female persons by single age 0..100
 */
export function expectedCases(prevalence: ArrayLike<number>, male: ArrayLike<number>, female: ArrayLike<number>): number {
  let cases = 0;
  for (let x = ELDERLY_AGE; x < AGE_COUNT; x++) cases += prevalence[x] * (male[x] + female[x]);
  return cases;
}
