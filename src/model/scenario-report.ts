/**
 * One scenario, everything the model reports about it: the run, the indicator rows, the service rows,
 * and both joined into output rows with one column list. The CLI, the exports and the app's tables
 * all take their numbers from here.
 */
import type { ScenarioValues } from './scenario-values';
import { serviceRows } from './service-demand/demand';
import { SERVICE_FIELDS } from './service-demand/service-row';
import type { ServiceRow } from './service-demand/service-row';
import { runXiqing } from './xiqing/model';
import { censusIndicatorRow, indicatorRows, type IndicatorRow } from './xiqing/scenario/indicators';
import type { ScenarioRun } from './xiqing/scenario/run-scenario';
import { SCENARIO_COLUMNS } from './xiqing/scenario/scenario-output';

/** Indicator columns, then the service columns not already among them (e.g. age3to5 appears once). */
export const REPORT_COLUMNS: readonly string[] = [
  ...SCENARIO_COLUMNS,
  ...SERVICE_FIELDS.map((f) => f.id as string).filter((id) => !(SCENARIO_COLUMNS as readonly string[]).includes(id)),
];

/** A scenario's results. */
export interface ScenarioReport {
  run: ScenarioRun;
  indicators: IndicatorRow[];
  services: ServiceRow[];
  /** Indicators and services of each year in one row (where a name is shared, e.g. age3to5, the indicator's value is kept). */
  rows: Record<string, number>[];
  /** The census point (1 November 2020): indicator stocks; flows and services are not computed for it (NaN). */
  census: IndicatorRow;
}

/** Runs the model and the service layer for a full set of values. */
export function scenarioReport(values: ScenarioValues): ScenarioReport {
  const run = runXiqing(values.levers);
  const indicators = indicatorRows(run);
  const services = serviceRows(run, values.norms);
  const rows = indicators.map((r, i) => ({ ...(services[i] as unknown as Record<string, number>), ...(r as unknown as Record<string, number>) }));
  return { run, indicators, services, rows, census: censusIndicatorRow(run) };
}
