/**
 * Calibration of the 2020 fertility level: the TFR of local women that makes the engine's births in
 * the step 2020 → 2021, at default levers and excluding students, equal the census age-0 count.
 *
 * Births are linear in the fertility level (the women exposed do not depend on this step's births),
 * so one run at level 1 gives the answer exactly: tfr2020 = 6,962 / births(level 1).
 */
import { DEFAULT_LEVERS, type LeverValues } from './levers/lever-values';
import { runScenario, type XiqingBaseData } from './scenario/run-scenario';

/** Census 2020 age-0 count in Xiqing (3,615 boys, 3,347 girls; reference README §3, grade A). */
export const CENSUS_AGE0_2020 = 6962;

/**
 * The calibrated 2020 TFR of local women, births per woman. Uses the default levers with the 2020
 * level held through the first step (the TFR path starts at the 2020 level, so the first step uses it).
 */
export function calibrateTfr2020(base: XiqingBaseData): number {
  const run = runScenario({ ...DEFAULT_LEVERS, endYear: 2020 }, base, 1);
  let births = 0;
  for (const b of run.projection.births[0]) births += b;
  return CENSUS_AGE0_2020 / births;
}

/** Resident growth 2015→2020: 1.09 M → 1.195 M, i.e. +105 k over five years (plan §一(一), grade A). */
export const RESIDENT_GROWTH_PER_YEAR_2015_2020 = 105_000 / 5;
/** Hukou growth 2015→2020: 388.5 k → 465.9 k, i.e. +77.4 k over five years (plan §一(一), grade A). */
export const HUKOU_GROWTH_PER_YEAR_2015_2020 = 77_400 / 5;
/**
 * Central-city movers per migrant from outside Tianjin: 2010 census in-migrants by origin, other
 * Tianjin districts 116,711 vs other provinces 229,063 (reference README §5, grade A).
 */
export const CENTRAL_CITY_PER_OUTSIDE_MIGRANT = 116_711 / 229_063;

/** Result of the migration calibration. */
export interface MigrationCalibration {
  /** Migrants from outside Tianjin, persons per year. */
  outsideMigrants: number;
  /** Central-city relocation, persons per year (tied to the above by the 2010 origin ratio). */
  centralCityInflow: number;
  /** Annual settlement rate of non-hukou residents aged 18–59 (fraction per year). */
  pointsSettlementRate: number;
}

function firstStepGrowth(levers: LeverValues, base: XiqingBaseData, tfr2020: number): { residents: number; local: number } {
  const run = runScenario({ ...levers, endYear: 2020 }, base, tfr2020);
  const sum = (a: Float64Array): number => a.reduce((x, y) => x + y, 0);
  const localOf = (p: Float64Array): number => sum(p.subarray(0, 2 * 101));
  return {
    residents: sum(run.projection.population[1]) - sum(run.projection.population[0]),
    local: localOf(run.projection.population[1]) - localOf(run.projection.population[0]),
  };
}

/**
 * Solves the two migration volumes and the settlement rate so that the first projected year
 * (2020 → 2021), with every other lever at its default, grows residents and the hukou population at
 * their 2015–2020 average pace. Residents do not depend on the settlement rate, and each target is
 * linear in its unknown, so two evaluations each give the exact answer (secant on a line).
 */
export function calibrateMigration(base: XiqingBaseData, tfr2020: number): MigrationCalibration {
  const withVolume = (v: number): LeverValues => ({ ...DEFAULT_LEVERS, outsideMigrants: v, centralCityInflow: v * CENTRAL_CITY_PER_OUTSIDE_MIGRANT });
  const g0 = firstStepGrowth(withVolume(0), base, tfr2020).residents;
  const g1 = firstStepGrowth(withVolume(10_000), base, tfr2020).residents;
  const outsideMigrants = (10_000 * (RESIDENT_GROWTH_PER_YEAR_2015_2020 - g0)) / (g1 - g0);
  const levers = withVolume(outsideMigrants);
  const h0 = firstStepGrowth({ ...levers, pointsSettlementRate: 0 }, base, tfr2020).local;
  const h1 = firstStepGrowth({ ...levers, pointsSettlementRate: 0.01 }, base, tfr2020).local;
  const pointsSettlementRate = (0.01 * (HUKOU_GROWTH_PER_YEAR_2015_2020 - h0)) / (h1 - h0);
  return { outsideMigrants, centralCityInflow: levers.centralCityInflow, pointsSettlementRate };
}
