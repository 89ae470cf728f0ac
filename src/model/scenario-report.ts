/**
 * One scenario, everything the model reports about it: the run, the indicator rows, the service rows,
 * and both joined into output rows whose columns come from the indicator registry. The CLI, the
 * comparison (and through it every export), the walkthrough and the app's editor all run a scenario
 * through {@link scenarioReport}.
 */
import { INDICATOR_IDS, type IndicatorId } from './indicators/indicator-registry';
import { indicatorValue } from './indicators/indicator-value';
import type { ScenarioValues } from './scenario-values';
import { serviceRows } from './service-demand/demand';
import type { ServiceRow } from './service-demand/service-row';
import { runXiqing } from './xiqing/model';
import { censusIndicatorRow, indicatorRows, type IndicatorRow } from './xiqing/scenario/indicators';
import type { ScenarioRun } from './xiqing/scenario/run-scenario';
import { SCENARIO_COLUMNS } from './xiqing/scenario/scenario-output';

/** An output column: the year, then indicators. */
export type ReportColumn = 'year' | IndicatorId;

/** Every output column: the year, every demographic indicator, then the service fields not already among them. */
export const REPORT_COLUMNS: readonly ReportColumn[] = ['year', ...INDICATOR_IDS];

/** A scenario's results. */
export interface ScenarioReport {
  run: ScenarioRun;
  indicators: IndicatorRow[];
  /** Service demand by year (same years as `indicators`); undefined when left out. */
  services: ServiceRow[] | undefined;
  /** The output columns of `rows`: {@link REPORT_COLUMNS}, or {@link SCENARIO_COLUMNS} without services. */
  columns: readonly ReportColumn[];
  /** One row per year keyed by column (where a name is in both rows, e.g. age3to5, the indicator row's value). */
  rows: Record<string, number>[];
  /** The census point (1 November 2020): indicator stocks; flows and services are not computed for it (NaN). */
  census: IndicatorRow;
}

/** Options of {@link scenarioReport}. */
export interface ReportOptions {
  /** Compute service demand under `values.norms` (default true). */
  services?: boolean;
}

/** Runs the model (and, unless left out, the service layer) for a full set of values. */
export function scenarioReport(values: ScenarioValues, options: ReportOptions = {}): ScenarioReport {
  const run = runXiqing(values.levers);
  const indicators = indicatorRows(run);
  const services = (options.services ?? true) ? serviceRows(run, values.norms) : undefined;
  const columns = services ? REPORT_COLUMNS : SCENARIO_COLUMNS;
  // Filled key by key (no pairs array per row): a slider move builds these rows every time.
  const results = { rows: indicators, services };
  const rows = indicators.map((r) => {
    const row: Record<string, number> = {};
    for (const c of columns) row[c] = c === 'year' ? r.year : (indicatorValue(results, c, r.year) ?? Number.NaN);
    return row;
  });
  return { run, indicators, services, columns, rows, census: censusIndicatorRow(run) };
}
