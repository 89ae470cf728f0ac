/**
 * What follows from an indicator's kind: the goal-seek tolerance, the spreadsheet number format and
 * the unit of the headline table. Every output asks here instead of keeping its own list of names.
 */
import { INDICATORS, type IndicatorId } from './indicator-registry';
import type { IndicatorSpec } from './indicator-spec';

/**
 * How close goal seek must bring an indicator to its target: half a unit for counts (half a person,
 * place or bed), 1e-6 for shares, rates, years and ratios.
 */
export function indicatorTolerance(id: IndicatorId): number {
  return INDICATORS[id].kind === 'count' ? 0.5 : 1e-6;
}

/**
 * The spreadsheet (Excel) number format of an indicator's cells: counts grouped without decimals
 * ('#,##0'), percentages with the spec's decimals ('0.00%'), other values with its decimals ('0.000').
 */
export function spreadsheetFormat(spec: Pick<IndicatorSpec, 'kind' | 'decimals' | 'percent'>): string {
  const decimals = spec.decimals > 0 ? `.${'0'.repeat(spec.decimals)}` : '';
  if (spec.percent) return `0${decimals}%`;
  if (spec.kind === 'count') return `#,##0${decimals}`;
  return `0${decimals}`;
}

/**
 * Decimals of the model's stored value at the spec's precision: a percentage's decimals plus two for
 * values stored as fractions (2 → 0.1234 = 12.34%), otherwise the spec's decimals.
 */
export function storedDecimals(spec: Pick<IndicatorSpec, 'decimals' | 'percent'>): number {
  return spec.percent ? spec.decimals + 2 : spec.decimals;
}

/** What a headline row counts; a share is a fraction 0..1 of residents. */
export type HeadlineUnit = 'persons' | 'places' | 'beds' | 'share';

const HEADLINE_COUNTS: ReadonlySet<string> = new Set<HeadlineUnit>(['persons', 'places', 'beds']);

/**
 * The headline unit of an indicator: 'share' for shares, else what the count counts (its English unit).
 *
 * @throws Error for an indicator the headline table cannot show (a rate, a ratio, or a count of classes)
 */
export function headlineUnit(id: IndicatorId): HeadlineUnit {
  const spec = INDICATORS[id];
  if (spec.kind === 'share') return 'share';
  if (spec.kind === 'count' && HEADLINE_COUNTS.has(spec.unit.en)) return spec.unit.en as HeadlineUnit;
  throw new Error(`${id} (${spec.kind}, ${spec.unit.en}) cannot be a headline indicator`);
}
