/**
 * Series for overlaid charts: one indicator by year, one line per scenario, on the years every
 * scenario reaches.
 */
import type { Comparison } from './compare-scenarios';
import { indicatorSpec, isServiceIndicator, type IndicatorId } from '../indicators/indicator-registry';
import { BASE_YEAR } from '../xiqing/rates/year-paths';
import { indicatorValue } from '../indicators/indicator-value';

/** One scenario's line. */
export interface ScenarioLine {
  /** Scenario name. */
  name: string;
  /** Index of the scenario in the comparison (0 = baseline): use it to pick a consistent colour. */
  scenarioIndex: number;
  /**
   * Values by year (same order as {@link IndicatorSeries.years}), in the model's units; NaN where the
   * value is not a year's worth (a flow in the base year, see {@link indicatorSeries}).
   */
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
 * A flow (births, deaths, arrivals…) in the base year is NaN: that row holds only the census-to-31-December
 * flows (61 days), which drawn as a year would seem to plunge and then jump fivefold into the next year.
 * Charts leave a gap there; tables and data exports read the rows themselves and keep the figure.
 *
 * @returns undefined for a service indicator when service demand was left out
 */
export function indicatorSeries(comparison: Comparison, indicator: IndicatorId): IndicatorSeries | undefined {
  if (isServiceIndicator(indicator) && !comparison.hasServices) return undefined;
  const { years } = comparison;
  const partialBaseYear = indicatorSpec(indicator).timing === 'flow';
  const lines = comparison.scenarios.map((s, scenarioIndex) => ({
    name: s.name,
    scenarioIndex,
    values: years.map((y) => (partialBaseYear && y === BASE_YEAR ? Number.NaN : indicatorValue(s, indicator, y) ?? Number.NaN)),
  }));
  return { indicator, years: [...years], lines };
}
