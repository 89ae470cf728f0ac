/**
 * The Xiqing model's front door: lever values in, a scenario run and its indicators out. The app, the
 * CLI, the exports and the tests all go through here, so the same scenario gives the same numbers
 * everywhere.
 */
import { loadBasePopulation, type BasePopulation } from './base-population';
import { calibrateTfr2020 } from './calibration';
import type { LeverValues } from './levers/lever-values';
import { indicatorRows, type IndicatorRow } from './scenario/indicators';
import { runScenario, type RunBuffers, type RunOptions, type ScenarioRun } from './scenario/run-scenario';

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

/** The memory {@link readXiqing} lends its runs, and whether a run holds it now. */
const lent: RunBuffers = {};
let lentOut = false;

/**
 * Runs the model and returns what `read` takes from the run, for callers that keep numbers rather than
 * the run (rows, one indicator, counts): each call lends the run the same block of memory (~85 kB to
 * 2035), where a run of its own would take fresh memory, costing about a tenth of the run's time in
 * allocation, zeroing and collection. `read` must not keep the run or any of its arrays: the next call
 * overwrites them. A call made from inside `read` gets memory of its own.
 */
export function readXiqing<T>(levers: LeverValues, read: (run: ScenarioRun) => T, options: Omit<RunOptions, 'buffers'> = {}): T {
  if (lentOut) return read(runXiqing(levers, options));
  lentOut = true;
  try {
    return read(runXiqing(levers, { ...options, buffers: lent }));
  } finally {
    lentOut = false;
  }
}

/** Indicator rows 2020..endYear for a set of lever values (plain numbers: the run is not kept). */
export function xiqingIndicators(levers: LeverValues): IndicatorRow[] {
  return readXiqing(levers, indicatorRows);
}
