/**
 * Calibration of the 2020 fertility level and of the migration volumes (docs/calibration.md).
 *
 * Fertility: the census age-0 count (6,962 children born November 2019 – October 2020 and alive at the
 * census) belongs to the year *ending* at the census. Births in that year are Σ ASFR(x) · exposure(x),
 * with the engine's exposure (W_start(x) + W_end(x)) / 2: W_end is the census women (students
 * excluded) and W_start(x) ≈ W_census(x+1), the same women a year younger. Survivors at the census are
 * births × the infant survival ratio S(0). Births are linear in the fertility level, so one sum at
 * level 1 gives tfr2020 = 6,962 / survivors(level 1).
 */
import { buildAsfr } from './rates/fertility';
import { AGE_COUNT, e0BySex, mortalityFor } from './rates/mortality';
import { BASE_YEAR, E0_2020 } from './rates/year-paths';
import { DEFAULT_LEVERS } from './levers/lever-values';
import { LOCAL } from './hukou-states';
import type { XiqingBaseData } from './scenario/run-scenario';

/** Census 2020 age-0 count in Xiqing (3,615 boys, 3,347 girls; reference README §3, grade A). */
export const CENSUS_AGE0_2020 = 6962;

/**
 * Births at fertility level 1 in the census year (November 2019 – October 2020) that survive to the
 * census, students excluded, persons.
 */
export function censusYearSurvivorsAtLevelOne(base: XiqingBaseData, levers = DEFAULT_LEVERS, e0 = E0_2020): number {
  const asfr = new Float64Array(AGE_COUNT);
  const scratch = new Float64Array(AGE_COUNT);
  buildAsfr({ baseTfr: 1, secondMultiplier: 1, thirdMultiplier: 1, ageShift: 0 }, asfr, scratch);
  let births = 0;
  base.residents.forEach((r, s) => {
    const women = r.female;
    const students = base.students[s].female;
    const ratio = s === LOCAL ? 1 : levers.migrantFertilityRatio;
    for (let x = 1; x < AGE_COUNT - 1; x++) {
      const end = women[x] - students[x];
      const start = women[x + 1] - students[x + 1];
      births += ratio * asfr[x] * (start + end) / 2;
    }
  });
  const bySex = e0BySex(e0, levers.e0SexGap, levers.srb);
  const s0 = (levers.srb * mortalityFor('male', bySex.male).survival[0] + mortalityFor('female', bySex.female).survival[0]) / (1 + levers.srb);
  return births * s0;
}

/** The calibrated 2020 TFR of local women, births per woman (the 2020 level holds in the census year). */
export function calibrateTfr2020(base: XiqingBaseData): number {
  return CENSUS_AGE0_2020 / censusYearSurvivorsAtLevelOne(base);
}

/** The census year the fertility calibration describes (the twelve months ending 1 November 2020). */
export const FERTILITY_CALIBRATION_YEAR = BASE_YEAR;
