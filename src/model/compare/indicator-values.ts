/**
 * Looking up one indicator of one scenario in one year, whether it is a demographic indicator (the
 * model's `IndicatorRow`) or a service-demand field (the service layer's `ServiceRow`).
 */
import { SERVICE_FIELDS, type ServiceField } from '../service-demand';
import type { IndicatorRow } from '../xiqing/scenario/indicators';
import { SCENARIO_COLUMNS } from '../xiqing/scenario/scenario-output';
import type { ScenarioResult } from './compare-scenarios';

/** A numeric field of the model's indicator rows (every field but `year`). */
export type DemographicIndicatorId = Exclude<keyof IndicatorRow, 'year'>;

/** Any indicator a comparison can show: demographic or service demand. */
export type IndicatorId = DemographicIndicatorId | ServiceField;

const DEMOGRAPHIC: ReadonlySet<string> = new Set<string>(SCENARIO_COLUMNS.filter((c) => c !== 'year'));

/** Whether `id` is read from the service rows (a service field that is not also a demographic indicator). */
export function isServiceIndicator(id: string): id is ServiceField {
  return !DEMOGRAPHIC.has(id) && SERVICE_FIELDS.some((f) => f.id === id);
}

/**
 * The value of `indicator` for `year` in a scenario's results, in the model's units (persons, places,
 * beds; shares as fractions 0..1), or undefined when the year is outside the run or the service layer
 * is left out. Indicators present in both layers (e.g. `age3to5`) are read from the demographic rows.
 */
export function indicatorValue(result: ScenarioResult, indicator: IndicatorId, year: number): number | undefined {
  const t = year - result.rows[0].year;
  if (t < 0 || t >= result.rows.length) return undefined;
  if (isServiceIndicator(indicator)) return result.services?.[t]?.[indicator];
  return result.rows[t][indicator as DemographicIndicatorId];
}
