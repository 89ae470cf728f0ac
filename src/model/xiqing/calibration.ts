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
import { runScenario, type XiqingBaseData } from './scenario/run-scenario';

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

/**
 * Resident growth 2015→2020: 1.09 M → 1.195 M, +105 k in five years (plan §一(一); the 2015 figure is a
 * pre-census estimate, grade B). The default's normal-year pace: it is the most recent pre-census
 * window and already shows the slowdown from 2010–2015; the census decade's +48.2 k a year is the
 * sensitivity case (docs/calibration.md, "Windows").
 */
export const RESIDENT_GROWTH_PER_YEAR_2015_2020 = 105_000 / 5;

/**
 * What the 2010 → 2020 backtest calibrates (the census decade, both ends census counts): relocation from
 * the central city per migrant from outside Tianjin (gross inflows), and the settlement rate. Shipped
 * rounded; a test re-runs the backtest and checks them.
 */
export const DECADE_CALIBRATION = { centralCityPerOutsideMigrant: 0.82, pointsSettlementRate: 0.012 } as const;

/**
 * Solves the normal-year level of migrants from outside Tianjin (with central-city relocation tied to it
 * by the decade ratio) so that 2021, without the post-census shock, grows residents at the 2015–2020
 * pace. Growth is linear in the volume, so two runs give the answer.
 */
export function calibrateMigrationLevel(base: XiqingBaseData, tfr2020: number): { outsideMigrants: number; centralCityInflow: number } {
  const growth2021 = (v: number): number => {
    const levers = {
      ...DEFAULT_LEVERS,
      endYear: 2021,
      outsideMigrants: v,
      centralCityInflow: v * DECADE_CALIBRATION.centralCityPerOutsideMigrant,
    };
    const run = runScenario(levers, base, tfr2020);
    let r0 = 0;
    let r1 = 0;
    for (const x of run.projection.population[0]) r0 += x;
    for (const x of run.projection.population[1]) r1 += x;
    return r1 - r0;
  };
  const g0 = growth2021(0);
  const g1 = growth2021(10_000);
  const outsideMigrants = (10_000 * (RESIDENT_GROWTH_PER_YEAR_2015_2020 - g0)) / (g1 - g0);
  return { outsideMigrants, centralCityInflow: outsideMigrants * DECADE_CALIBRATION.centralCityPerOutsideMigrant };
}
