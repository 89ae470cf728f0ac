/**
 * One model run and everything the editor shows from it. Computed once per frame at most, so every
 * chart and tile reads the same numbers from the same run. Only what the editor shows is computed:
 * the report's keyed output rows and census row (exports and the CLI read them) are built only if
 * read, and the pyramid's residents by age are the sums the service rows were computed from.
 */
import {
  type BySex,
  type IndicatorRow,
  type LeverValues,
  type NormValues,
  residentsByAgeByYear,
  type ScenarioRun,
  scenarioReport,
  type ServiceRow,
} from '@model';

export interface ModelResults {
  levers: LeverValues;
  norms: NormValues;
  run: ScenarioRun;
  /** One row per year, 2020..endYear. */
  rows: IndicatorRow[];
  /** Residents by sex and single age, persons, one entry per row (for the pyramid). Shared with the service rows: read-only. */
  byAge: readonly BySex<Float64Array>[];
  /** Service demand per year (same years as `rows`) under the scenario's norms. */
  services: ServiceRow[];
  /** Wall time of the model run, indicators and service demand, ms (shown in the bench, decides worker or not). */
  elapsedMs: number;
  /** When the run started (performance.now(), ms): bench:ui splits a lever move's time at it. */
  startedAt: number;
}

export function computeResults(levers: LeverValues, norms: NormValues): ModelResults {
  const started = performance.now();
  const { run, indicators: rows, services = [] } = scenarioReport({ levers, norms });
  const byAge = residentsByAgeByYear(run);
  return { levers, norms, run, rows, byAge, services, elapsedMs: performance.now() - started, startedAt: started };
}

/** The row of a calendar year, if the run reaches it. */
export function rowOf(results: Pick<ModelResults, 'rows'>, year: number): IndicatorRow | undefined {
  return results.rows.find((row) => row.year === year);
}
