/**
 * One scenario, everything the model reports about it: the run, the indicator rows, the service rows,
 * and both joined into output rows whose columns come from the indicator registry. The CLI, the
 * comparison (and through it every export), the walkthrough and the app's editor all run a scenario
 * through {@link scenarioReport}.
 */
import { type DemographicIndicatorId, INDICATOR_IDS, INDICATORS, type IndicatorId } from './indicators/indicator-registry';
import type { ScenarioValues } from './scenario-values';
import { serviceRows } from './service-demand/demand';
import type { ServiceField, ServiceRow } from './service-demand/service-row';
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
  /**
   * One row per year keyed by column (where a name is in both rows, e.g. age3to5, the indicator row's
   * value). Built when first read.
   */
  readonly rows: Record<string, number>[];
  /** The census point (1 November 2020): indicator stocks; flows and services are not computed for it (NaN). Built when first read. */
  readonly census: IndicatorRow;
}

/** Options of {@link scenarioReport}. */
export interface ReportOptions {
  /** Compute service demand under `values.norms` (default true). */
  services?: boolean;
}

/** Where a column's value is read: the year, a field of the indicator row, or a field of the service row. */
type ColumnSource = { from: 'year' } | { from: 'indicators'; field: keyof IndicatorRow } | { from: 'services'; field: keyof ServiceRow };

/** Each column's source, resolved once from the registry (as `indicatorValue` resolves it per cell). */
function columnSources(columns: readonly ReportColumn[]): ColumnSource[] {
  return columns.map((c): ColumnSource => {
    if (c === 'year') return { from: 'year' };
    if (INDICATORS[c].source === 'demographic') return { from: 'indicators', field: c as DemographicIndicatorId };
    return { from: 'services', field: c as ServiceField };
  });
}
const REPORT_SOURCES = columnSources(REPORT_COLUMNS);
const SCENARIO_SOURCES = columnSources(SCENARIO_COLUMNS);

/**
 * The output rows keyed by column: the values `indicatorValue` reads for each column and year (NaN
 * where it has none), with each column's registry lookup done once instead of once per cell.
 */
export function keyedRows(
  indicators: readonly IndicatorRow[],
  services: readonly ServiceRow[] | undefined,
  columns: readonly ReportColumn[],
): Record<string, number>[] {
  const sources = columns === REPORT_COLUMNS ? REPORT_SOURCES : columns === SCENARIO_COLUMNS ? SCENARIO_SOURCES : columnSources(columns);
  return indicators.map((r, t) => {
    const service = services?.[t];
    // Filled key by key (no pairs array per row).
    const row: Record<string, number> = {};
    for (let i = 0; i < columns.length; i++) {
      const source = sources[i];
      const value = source.from === 'year' ? r.year : source.from === 'indicators' ? r[source.field] : service?.[source.field];
      row[columns[i]] = value ?? Number.NaN;
    }
    return row;
  });
}

/**
 * Runs the model (and, unless left out, the service layer) for a full set of values. The keyed `rows`
 * and the `census` row are built when first read (the editor and the comparison read neither), then
 * kept: the report's numbers are the same whenever they are read.
 */
export function scenarioReport(values: ScenarioValues, options: ReportOptions = {}): ScenarioReport {
  const run = runXiqing(values.levers);
  const indicators = indicatorRows(run);
  const services = (options.services ?? true) ? serviceRows(run, values.norms) : undefined;
  const columns = services ? REPORT_COLUMNS : SCENARIO_COLUMNS;
  let rows: Record<string, number>[] | undefined;
  let census: IndicatorRow | undefined;
  return {
    run,
    indicators,
    services,
    columns,
    get rows() {
      return (rows ??= keyedRows(indicators, services, columns));
    },
    get census() {
      return (census ??= censusIndicatorRow(run));
    },
  };
}
