/**
 * The Xiqing model's front door: lever values in, a scenario run and its indicators out. The app, the
 * CLI, the exports and the tests all go through here, so the same scenario gives the same numbers
 * everywhere.
 */
import { loadBasePopulation, type BasePopulation } from './base-population';
import { calibrateTfr2020 } from './calibration';
import type { LeverValues } from './levers/lever-values';
import { indicatorRows, type IndicatorRow } from './scenario/indicators';
import { runScenario, type RunOptions, type ScenarioRun } from './scenario/run-scenario';

let base: BasePopulation | undefined;
let tfr2020: number | undefined;

/** The committed 2020 base population (loaded and validated once). */
export function xiqingBase(): BasePopulation {
  return (base ??= loadBasePopulation());
}

/** The calibrated 2020 TFR of local women, births per woman (computed once). */
export function xiqingTfr2020(): number {
  return (tfr2020 ??= calibrateTfr2020(xiqingBase()));
}

/** Runs the Xiqing model for a full, validated set of lever values. */
export function runXiqing(levers: LeverValues, options?: RunOptions): ScenarioRun {
  return runScenario(levers, xiqingBase(), xiqingTfr2020(), options);
}

/** Indicator rows 2020..endYear for a set of lever values. */
export function xiqingIndicators(levers: LeverValues): IndicatorRow[] {
  return indicatorRows(runXiqing(levers));
}
