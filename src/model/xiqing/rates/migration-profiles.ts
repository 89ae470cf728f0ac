/**
 * Age–sex profiles of the migration streams: shares by age at the end of the step (0..100) and sex,
 * summing to 1 over both sexes. Built from Rogers–Castro model schedules (reference README §5,
 * grade A for the parameter sets; their use for Xiqing's streams is an assumption, grade U).
 */
import type { BySex } from '../../engine/types';
import { AGE_COUNT } from './mortality';

/** Parameters of a Rogers–Castro model migration schedule (rates by age; only the shape matters here). */
export interface RogersCastro {
  /** Pre-labour (children) component: level and rate of descent. */
  a1: number;
  alpha1: number;
  /** Labour-force component: level, descent, peak location (years) and ascent. */
  a2: number;
  alpha2: number;
  mu2: number;
  lambda2: number;
  /** Retirement component (optional): level, descent, location (years), ascent. */
  a3?: number;
  alpha3?: number;
  mu3?: number;
  lambda3?: number;
  /** Constant. */
  c: number;
}

/** m(x) of a Rogers–Castro schedule at exact age x (years). */
export function rogersCastro(p: RogersCastro, x: number): number {
  let m = p.a1 * Math.exp(-p.alpha1 * x) + p.a2 * Math.exp(-p.alpha2 * (x - p.mu2) - Math.exp(-p.lambda2 * (x - p.mu2))) + p.c;
  if (p.a3 && p.alpha3 !== undefined && p.mu3 !== undefined && p.lambda3 !== undefined) {
    m += p.a3 * Math.exp(-p.alpha3 * (x - p.mu3) - Math.exp(-p.lambda3 * (x - p.mu3)));
  }
  return m;
}

/** Rogers & Castro (1981) "fundamental" 7-parameter set. */
export const RC_FUNDAMENTAL: RogersCastro = { a1: 0.02, alpha1: 0.1, a2: 0.06, alpha2: 0.1, mu2: 20, lambda2: 0.4, c: 0.003 };

/** Rogers–Castro set with a retirement peak (reference README §5). */
export const RC_RETIREMENT: RogersCastro = {
  a1: 0.09, alpha1: 0.1, a2: 0.2, alpha2: 0.1, mu2: 21, lambda2: 0.39, a3: 0.001, alpha3: 1, mu3: 67, lambda3: 0.6, c: 0.01,
};

/** An age–sex profile: shares (0..1) by age index and sex, summing to 1 over both sexes. */
export type Profile = BySex<Float64Array>;

/** Samples a schedule at mid-year ages, zeroes ages outside [minAge, maxAge], splits by sex and normalises. */
export function profileFrom(p: RogersCastro, maleShare: number, minAge = 0, maxAge = AGE_COUNT - 1): Profile {
  const base = new Float64Array(AGE_COUNT);
  let total = 0;
  for (let x = minAge; x <= maxAge; x++) total += base[x] = rogersCastro(p, x + 0.5);
  const male = new Float64Array(AGE_COUNT);
  const female = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) {
    male[x] = (maleShare * base[x]) / total;
    female[x] = ((1 - maleShare) * base[x]) / total;
  }
  return { male, female };
}

/** Mixes profiles with weights summing to 1. */
export function mixProfiles(parts: ReadonlyArray<readonly [Profile, number]>): Profile {
  const male = new Float64Array(AGE_COUNT);
  const female = new Float64Array(AGE_COUNT);
  for (const [p, w] of parts) {
    for (let x = 0; x < AGE_COUNT; x++) {
      male[x] += w * p.male[x];
      female[x] += w * p.female[x];
    }
  }
  return { male, female };
}

/**
 * Male share of Xiqing's net in-migrants 2010→2020, ages 10–84 in 2020, from the cohort residual
 * (221,615 men of 398,034; reference file xiqing_netmig_2010_2020_cohort_residual.csv, grade D).
 */
export const MIGRANT_MALE_SHARE = 0.5568;

/**
 * Labour migrants arriving alone: the labour peak of the fundamental schedule only (no children, no
 * constant), ages 15–64 — "labour ages 18–40" in model.md §5.
 */
export const LABOUR_PROFILE: Profile = profileFrom({ ...RC_FUNDAMENTAL, a1: 0, c: 0 }, MIGRANT_MALE_SHARE, 15, 64);

/**
 * Families: the fundamental schedule with its labour peak moved to 25 (parents a few years older than
 * single labour migrants) and its child component kept, so children 0–14 arrive with their parents.
 */
export const FAMILY_PROFILE: Profile = profileFrom({ ...RC_FUNDAMENTAL, mu2: 25 }, 0.5);

/**
 * Central-city relocation: households moving into new estates, adults 25–45 with children, plus older
 * movers — the 2010–2020 residual shows net inflow at every adult age to 84. The retirement-peak set
 * with its labour peak moved to 30 carries both components.
 */
export const CENTRAL_CITY_PROFILE: Profile = profileFrom({ ...RC_RETIREMENT, mu2: 30 }, 0.5);

/** Talent: graduates and professionals, a narrow peak at 22–35, no children. */
export const TALENT_PROFILE: Profile = profileFrom({ a1: 0, alpha1: 0, a2: 1, alpha2: 0.15, mu2: 23, lambda2: 0.6, c: 0 }, 0.5, 20, 45);

/**
 * Relative outflow intensity by age for rates on the stock: 1 at 15–44 (the mobile working ages),
 * 0.5 for children (who leave with their parents) and at 45–64, 0.25 at 65+. An assumption (grade U).
 */
export const OUTFLOW_AGE_INTENSITY: Float64Array = (() => {
  const v = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) v[x] = x < 15 ? 0.5 : x < 45 ? 1 : x < 65 ? 0.5 : 0.25;
  return v;
})();

/** Ages 18–59 at which points-based settlement applies (the points system's working-age applicants). */
export const SETTLEMENT_AGE_INTENSITY: Float64Array = (() => {
  const v = new Float64Array(AGE_COUNT);
  for (let x = 18; x <= 59; x++) v[x] = 1;
  return v;
})();
