/**
 * Reading one indicator: from a scenario's rows by calendar year, or computed from a run for one year
 * index (what goal seek and the plan checklist need without building every row).
 */
import { serviceDemand } from '../service-demand/demand';
import type { NormValues } from '../service-demand/norm-specs';
import type { ServiceRow } from '../service-demand/service-row';
import { indicatorRow, type IndicatorRow } from '../xiqing/scenario/indicators';
import type { ScenarioRun } from '../xiqing/scenario/run-scenario';
import { INDICATORS, type DemographicIndicatorId, type IndicatorId, type ServiceField } from './indicator-registry';

/** A scenario's rows by year: the indicator rows and, unless left out, the service rows of the same years. */
export interface ScenarioRows {
  rows: readonly IndicatorRow[];
  services?: readonly ServiceRow[] | undefined;
}

/** The index of `year` in rows that run year by year, or −1. */
function yearIndex(rows: readonly IndicatorRow[], year: number): number {
  const t = rows.length > 0 ? year - rows[0].year : -1;
  if (t >= 0 && t < rows.length && rows[t].year === year) return t;
  return rows.findIndex((r) => r.year === year);
}

/**
 * The value of `indicator` in `year`, in the model's units (persons, places, beds; shares as fractions
 * 0..1), or undefined when the run does not reach the year or the service rows are left out.
 * Indicators present in both rows (e.g. `age3to5`) are read from the indicator row.
 */
export function indicatorValue(results: ScenarioRows, indicator: IndicatorId, year: number): number | undefined {
  const t = yearIndex(results.rows, year);
  if (t < 0) return undefined;
  if (INDICATORS[indicator].source === 'demographic') return results.rows[t][indicator as DemographicIndicatorId];
  return results.services?.[t]?.[indicator as ServiceField];
}

/**
 * The value of `indicator` in year index `t` of a run, computing only the row it lives in (the service
 * row only for service fields).
 */
export function runIndicatorValue(run: ScenarioRun, norms: NormValues, t: number, indicator: IndicatorId): number {
  if (INDICATORS[indicator].source === 'demographic') return indicatorRow(run, t)[indicator as DemographicIndicatorId];
  return serviceDemand(run, norms, t)[indicator as ServiceField];
}
