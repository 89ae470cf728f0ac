/**
 * Series for overlaid charts: one indicator by year, one line per scenario, on the years every
 * scenario reaches.
 */
import type { Comparison } from './compare-scenarios';
import { isServiceIndicator, type IndicatorId } from '../indicators/indicator-registry';
import { indicatorValue } from '../indicators/indicator-value';

/** One scenario's line. */
export interface ScenarioLine {
  /** Scenario name. */
  name: string;
  /** Index of the scenario in the comparison (0 = baseline): use it to pick a consistent colour. */
  scenarioIndex: number;
  /** Values by year (same order as {@link IndicatorSeries.years}), in the model's units. */
  values: number[];
}

/** An indicator over time for every scenario. */
export interface IndicatorSeries {
  indicator: IndicatorId;
  /** Calendar years (the x axis). */
  years: number[];
  lines: ScenarioLine[];
}

/**
 * The series of `indicator` for every scenario, in the model's units (persons, places, beds; shares as
 * fractions 0..1; TFR in births per woman; e0 and median age in years).
 *
 * @returns undefined for a service indicator when service demand was left out
 */
export function indicatorSeries(comparison: Comparison, indicator: IndicatorId): IndicatorSeries | undefined {
  if (isServiceIndicator(indicator) && !comparison.hasServices) return undefined;
  const { years } = comparison;
  const lines = comparison.scenarios.map((s, scenarioIndex) => ({
    name: s.name,
    scenarioIndex,
    values: years.map((y) => indicatorValue(s, indicator, y) ?? Number.NaN),
  }));
  return { indicator, years: [...years], lines };
}
