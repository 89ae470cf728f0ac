/**
 * The headline comparison table: a few indicators in a few years, each scenario's value with its
 * absolute and relative difference from the baseline (the first scenario).
 */
import type { Comparison } from './compare-scenarios';
import { headlineUnit, type HeadlineUnit } from '../indicators/indicator-format';
import type { IndicatorId } from '../indicators/indicator-registry';
import { indicatorValue } from '../indicators/indicator-value';
import { HEADLINE_SERVICE_INDICATORS } from './service-indicators';

/** The years of the headline table unless told otherwise: the plan year, mid-way, the outlook year. */
export const HEADLINE_YEARS: readonly number[] = [2025, 2030, 2035];

/** A headline indicator and its unit. */
export interface HeadlineIndicator {
  id: IndicatorId;
  unit: HeadlineUnit;
}

/** The demographic headline indicators, in table order. */
export const DEMOGRAPHIC_HEADLINES: readonly HeadlineIndicator[] = (
  ['residents', 'hukouPopulation', 'age60plusShare', 'age65plusShare', 'births', 'age0to2', 'age3to5'] as const
).map((id) => ({ id, unit: headlineUnit(id) }));

/** The service headline indicators (shown when service demand is included), in table order. */
export const SERVICE_HEADLINES: readonly HeadlineIndicator[] = HEADLINE_SERVICE_INDICATORS.map((id) => ({ id, unit: headlineUnit(id) }));

/** A cell of a count row (persons, places, beds). */
export interface CountCell {
  /** The scenario's value, in the row's unit. */
  value: number;
  /** value − baseline value, in the row's unit (0 for the baseline). */
  diff: number;
  /** (value − baseline) / baseline as a fraction (0.05 = +5 %); null when the baseline is 0. */
  relDiff: number | null;
}

/** A cell of a share row. */
export interface ShareCell {
  /** The scenario's share, a fraction 0..1. */
  value: number;
  /** Difference from the baseline in PERCENTAGE POINTS: (value − baseline) × 100 (0 for the baseline). */
  diffPoints: number;
  /** (value − baseline) / baseline as a fraction (0.05 = +5 % relative); null when the baseline is 0. */
  relDiff: number | null;
}

/** A row of persons, places or beds; `cells[i]` is scenario i (0 = baseline). */
export interface CountRow {
  kind: 'count';
  indicator: IndicatorId;
  unit: Exclude<HeadlineUnit, 'share'>;
  year: number;
  cells: CountCell[];
}

/** A row of shares; `cells[i]` is scenario i (0 = baseline); differences in percentage points. */
export interface ShareRow {
  kind: 'share';
  indicator: IndicatorId;
  unit: 'share';
  year: number;
  cells: ShareCell[];
}

export type HeadlineRow = CountRow | ShareRow;

/** The table: one row per indicator and year (indicator-major: all years of an indicator together). */
export interface HeadlineTable {
  /** Scenario names, baseline first. */
  scenarios: string[];
  /** The years shown: the requested years that every scenario's run reaches. */
  years: number[];
  /** The indicators shown, in order. */
  indicators: HeadlineIndicator[];
  rows: HeadlineRow[];
}

const relative = (value: number, base: number): number | null => (base === 0 ? null : (value - base) / base);

/**
 * The headline table of a comparison.
 *
 * @param years calendar years to show (default 2025, 2030, 2035); years beyond some scenario's end
 *   year are left out
 */
export function headlineTable(comparison: Comparison, years: readonly number[] = HEADLINE_YEARS): HeadlineTable {
  const shown = years.filter((y) => comparison.years.includes(y));
  const indicators = [...DEMOGRAPHIC_HEADLINES, ...(comparison.hasServices ? SERVICE_HEADLINES : [])];
  const rows: HeadlineRow[] = [];
  for (const indicator of indicators) {
    for (const year of shown) {
      const values = comparison.scenarios.map((s) => {
        const v = indicatorValue(s, indicator.id, year);
        if (v === undefined) throw new Error(`no ${indicator.id} for ${year} in "${s.name}"`);
        return v;
      });
      const base = values[0];
      if (indicator.unit === 'share') {
        const cells = values.map((value) => ({ value, diffPoints: (value - base) * 100, relDiff: relative(value, base) }));
        rows.push({ kind: 'share', indicator: indicator.id, unit: 'share', year, cells });
      } else {
        const cells = values.map((value) => ({ value, diff: value - base, relDiff: relative(value, base) }));
        rows.push({ kind: 'count', indicator: indicator.id, unit: indicator.unit, year, cells });
      }
    }
  }
  return { scenarios: comparison.scenarios.map((s) => s.name), years: shown, indicators, rows };
}
