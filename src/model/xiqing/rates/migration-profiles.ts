/**
 * Age–sex profiles of the migration streams: the distribution of one year's movers over age at the end
 * of the year (0..100) and sex, summing to 1 over both sexes.
 *
 * Profiles are *distributions of movers*, built from three components, each a distribution in its own
 * right (no population at risk is implied, unlike Rogers–Castro rates):
 * - adults: a skewed hump (the Rogers–Castro labour-force shape, exp(−α(a−μ) − e^(−λ(a−μ))), used as a
 *   density over ages ≥ 15), peak near μ, exponential descent α;
 * - children who arrive with their parents: for each adult woman mover, `childrenPerWoman` children whose
 *   ages are those of the children of women of her age (the standard fertility schedule read backwards:
 *   a woman aged m has a child aged k with weight f(m − k)); a child aged 0 at the end of the year arrived
 *   within its first year, so counts half;
 * - older relatives and retirees moving with or after their families: a normal curve around 62 (sd 8).
 * The parameters were fitted by the 2010 → 2020 backtest (docs/calibration.md, "Migration age profiles");
 * the cohort residual of reference README §5 is the evidence they reproduce.
 */
import type { BySex } from '../../engine/types';
import { STANDARD_SCHEDULE } from './fertility';
import { AGE_COUNT } from './mortality';

/** An age–sex profile: shares (0..1) by age index and sex, summing to 1 over both sexes. */
export type Profile = BySex<Float64Array>;

/** The adult hump: density at exact age `a` (unnormalised), zero below 15. */
export function adultHump(a: number, peak: number, descent: number, ascent = 0.4): number {
  if (a < 15) return 0;
  return Math.exp(-descent * (a - peak) - Math.exp(-ascent * (a - peak)));
}

/** Parameters of the stream profiles (fitted; see docs/calibration.md). */
export interface ProfileParameters {
  /** Peak age of labour migrants arriving alone, years. */
  labourPeak: number;
  /** Descent of the labour hump, per year of age. */
  labourDescent: number;
  /** Peak age of the adults of families from outside Tianjin, years. */
  familyPeak: number;
  /** Peak age of adults relocating from the central city, years. */
  centralPeak: number;
  /** Descent of the central-city adult hump, per year of age (smaller: a broad spread of adult ages). */
  centralDescent: number;
  /** Share of central-city movers who are older relatives or retirees (the normal curve around 62). */
  olderShare: number;
  /** Children aged 0–14 per adult woman among family and central-city movers. */
  childrenPerWoman: number;
  /** Peak (mean) age of the older component, years (sd 8). */
  olderPeak: number;
  /** Share of men among labour migrants arriving alone. */
  labourMaleShare: number;
}

/**
 * The fitted parameters. Chosen by the 2010 → 2020 backtest from the grid in scripts/backtest/fit-profiles.ts
 * (lowest mean absolute % error over 5-year groups by sex); grade D.
 */
export const PROFILE_PARAMETERS: ProfileParameters = {
  labourPeak: 15,
  labourDescent: 0.08,
  familyPeak: 20,
  centralPeak: 28,
  centralDescent: 0.06,
  olderShare: 0.4,
  childrenPerWoman: 0.6,
  olderPeak: 58,
  labourMaleShare: 0.6,
};

/**
 * Male share of Xiqing's net in-migrants 2010→2020, ages 10–84 in 2020, from the cohort residual
 * (221,615 men of 398,034; reference file xiqing_netmig_2010_2020_cohort_residual.csv, grade D).
 * Used for labour migrants arriving alone; families and relocating households are half men.
 */
export const MIGRANT_MALE_SHARE = 0.5568;
/** Share of boys among children (Tianjin 2020 sex ratio at birth 108.4, reference README §3). */
const BOY_SHARE = 1.084 / 2.084;

function hump(peak: number, descent: number, ascent = 0.4, maxAge = AGE_COUNT - 1): Float64Array {
  const v = new Float64Array(AGE_COUNT);
  let total = 0;
  for (let x = 15; x <= maxAge; x++) total += v[x] = adultHump(x + 0.5, peak, descent, ascent);
  for (let x = 0; x < AGE_COUNT; x++) v[x] /= total;
  return v;
}

function older(peak: number): Float64Array {
  const v = new Float64Array(AGE_COUNT);
  let total = 0;
  for (let x = 40; x < AGE_COUNT; x++) total += v[x] = Math.exp(-0.5 * ((x + 0.5 - peak) / 8) ** 2);
  for (let x = 0; x < AGE_COUNT; x++) v[x] /= total;
  return v;
}

/** Ages of the children of women whose ages follow `mothers` (a distribution), as a distribution over 0..14. */
export function childAges(mothers: Float64Array): Float64Array {
  const f = new Float64Array(AGE_COUNT);
  for (const order of ['first', 'second', 'thirdPlus'] as const) {
    const s = STANDARD_SCHEDULE[order];
    for (let x = 0; x < AGE_COUNT; x++) f[x] += s[x];
  }
  const c = new Float64Array(AGE_COUNT);
  let total = 0;
  for (let k = 0; k <= 14; k++) {
    let w = 0;
    for (let m = k; m < AGE_COUNT; m++) w += mothers[m] * f[m - k];
    if (k === 0) w *= 0.5;
    total += c[k] = w;
  }
  for (let k = 0; k <= 14; k++) c[k] /= total;
  return c;
}

/**
 * A household profile: adults on `adults` (half men), `childrenPerWoman` children per adult woman, and
 * `olderShare` of all movers on the older curve.
 */
function household(adults: Float64Array, childrenPerWoman: number, olderShare: number, olderPeak: number): Profile {
  const kids = childAges(adults);
  const old = older(olderPeak);
  // Per adult woman: 1 woman, 1 man, κ children → adults are 2/(2+κ) of the non-older movers.
  const adultPart = (1 - olderShare) * (2 / (2 + childrenPerWoman));
  const childPart = (1 - olderShare) - adultPart;
  const male = new Float64Array(AGE_COUNT);
  const female = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) {
    male[x] = 0.5 * adultPart * adults[x] + BOY_SHARE * childPart * kids[x] + 0.45 * olderShare * old[x];
    female[x] = 0.5 * adultPart * adults[x] + (1 - BOY_SHARE) * childPart * kids[x] + 0.55 * olderShare * old[x];
  }
  return { male, female };
}

function split(v: Float64Array, maleShare: number): Profile {
  return { male: v.map((p) => p * maleShare), female: v.map((p) => p * (1 - maleShare)) };
}

/** The four stream profiles for a set of parameters. */
export interface StreamProfiles {
  labour: Profile;
  family: Profile;
  centralCity: Profile;
  talent: Profile;
}

/** Builds the stream profiles from parameters (the fit calls this for each candidate). */
export function buildProfiles(p: ProfileParameters): StreamProfiles {
  return {
    // Labour migrants arriving alone: adults of working age only (15–64), young, men over-represented.
    labour: split(hump(p.labourPeak, p.labourDescent, 0.4, 64), p.labourMaleShare),
    // Families from outside Tianjin: parents a few years older than single migrants, with their children.
    family: household(hump(p.familyPeak, 0.1), p.childrenPerWoman, 0, p.olderPeak),
    // Central-city relocation: households buying into new estates, a broad spread of adult ages, their
    // children, and older relatives or retirees.
    centralCity: household(hump(p.centralPeak, p.centralDescent), p.childrenPerWoman, p.olderShare, p.olderPeak),
    // Talent: graduates and professionals, a narrow peak at 22–35, no children, none over 45.
    talent: split(hump(23, 0.15, 0.6, 45), 0.5),
  };
}

const shipped = buildProfiles(PROFILE_PARAMETERS);
/** Labour migrants from outside Tianjin arriving alone. */
export const LABOUR_PROFILE: Profile = shipped.labour;
/** Families from outside Tianjin (the `familyShare` of that stream). */
export const FAMILY_PROFILE: Profile = shipped.family;
/** Relocation from the central city (and South Station residents). */
export const CENTRAL_CITY_PROFILE: Profile = shipped.centralCity;
/** Talent (Haihe Talent and other graduates and professionals). */
export const TALENT_PROFILE: Profile = shipped.talent;

/** Share of a profile's movers aged `from` and over (both sexes). */
export function shareAtOrAbove(p: Profile, from: number): number {
  let s = 0;
  for (let x = from; x < AGE_COUNT; x++) s += p.male[x] + p.female[x];
  return s;
}

/**
 * Relative outflow intensity by age for rates on the stock: 1 at 15–44 (the mobile working ages),
 * 0.5 for children (who leave with their parents) and at 45–64, 0.25 at 65+. An assumption (grade U).
 */
export const OUTFLOW_AGE_INTENSITY: Float64Array = (() => {
  const v = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) v[x] = x < 15 ? 0.5 : x < 45 ? 1 : x < 65 ? 0.5 : 0.25;
  return v;
})();

/**
 * Relative settlement intensity by age. Applicants are 18–59 (the points system's working ages, 1);
 * their dependent children move onto the register with them (0–17 at the same rate: children settle
 * with a settling parent, 随迁子女); some elderly parents follow (投靠, 60+ at a quarter of the rate).
 * The child rule follows the settlement policies; the elderly quarter is an assumption (grade U).
 */
export const SETTLEMENT_AGE_INTENSITY: Float64Array = (() => {
  const v = new Float64Array(AGE_COUNT);
  for (let x = 0; x < AGE_COUNT; x++) v[x] = x < 60 ? 1 : 0.25;
  return v;
})();
