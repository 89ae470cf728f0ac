/**
 * Lever values turned into per-year settings: the TFR and life-expectancy paths, the phase-in of the
 * policy response and of the timing shift. Paths run through 2020, 2025 and 2035 (constant afterwards),
 * so a lever for 2025 or 2035 reads as "the level in that year"; 2021–2025 also carry the post-census
 * evidence (fertility decline, the 2023 COVID wave; see post-census-evidence.ts).
 */
import type { LeverValues } from '../levers/lever-values';
import type { YearFertility } from './fertility';
import { COVID_E0_SHORTFALL_2023, FERTILITY_RATIO_TO_2020 } from './post-census-evidence';

/** Base year of the model (2020 census). */
export const BASE_YEAR = 2020;
/** Both-sexes life expectancy at birth in 2020, years (plan §一(一), grade A). */
export const E0_2020 = 81.89;
/** Year the three-child policy took effect (May 2021); its response phases in from here. */
export const POLICY_YEAR = 2021;
/** Year by which the childbearing-age shift is complete. */
const SHIFT_YEAR = 2035;

/** Linear path through (2020, v2020), (2025, v2025), (2035, v2035), constant outside. */
export function pathValue(year: number, v2020: number, v2025: number, v2035: number): number {
  if (year <= BASE_YEAR) return v2020;
  if (year <= 2025) return v2020 + ((year - BASE_YEAR) / 5) * (v2025 - v2020);
  if (year <= 2035) return v2025 + ((year - 2025) / 10) * (v2035 - v2025);
  return v2035;
}

/** Both-sexes life expectancy at birth in `year`, years: the lever path, less the 2023 COVID-wave shortfall. */
export function e0InYear(levers: LeverValues, year: number): number {
  return pathValue(year, E0_2020, levers.e02025, levers.e02035) + (year === 2023 ? COVID_E0_SHORTFALL_2023 : 0);
}

/**
 * Fertility level of local women before any policy response, births per woman. 2021–2025 follow the
 * observed decline ({@link FERTILITY_RATIO_TO_2020}: China's TFR 2021–2023, Tianjin's 2024 dragon-year
 * births, WPP 2025) times the calibrated 2020 level, tilted linearly so that 2025 equals the `tfr2025`
 * lever (at its default the tilt is zero and the path is the evidence); 2025–2035 linear to `tfr2035`.
 */
export function baseTfrInYear(levers: LeverValues, year: number, tfr2020: number): number {
  if (year <= BASE_YEAR) return tfr2020;
  if (year <= 2025) {
    const tilt = ((year - BASE_YEAR) / 5) * (levers.tfr2025 - tfr2020 * FERTILITY_RATIO_TO_2020[2025]);
    return tfr2020 * FERTILITY_RATIO_TO_2020[year] + tilt;
  }
  return pathValue(year, tfr2020, levers.tfr2025, levers.tfr2035);
}

/** Share (0..1) of the policy response in effect in `year`. */
export function policyPhase(levers: LeverValues, year: number): number {
  return Math.min(1, Math.max(0, (year - POLICY_YEAR + 1) / levers.upliftPhaseInYears));
}

/**
 * Fertility settings of local women in `year` (rates apply to the step year → year+1).
 * @param tfr2020 calibrated 2020 TFR of local women, births per woman
 */
export function fertilityInYear(levers: LeverValues, year: number, tfr2020: number): YearFertility {
  const phase = policyPhase(levers, year);
  const shiftShare = Math.min(1, Math.max(0, (year - BASE_YEAR) / (SHIFT_YEAR - BASE_YEAR)));
  return {
    baseTfr: baseTfrInYear(levers, year, tfr2020),
    secondMultiplier: 1 + levers.secondBirthUplift * phase,
    thirdMultiplier: 1 + levers.thirdBirthUplift * phase,
    ageShift: levers.childbearingAgeShift * shiftShare,
  };
}
