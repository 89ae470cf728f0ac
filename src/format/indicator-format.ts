/**
 * An indicator's value and differences as the app and the exports show them, from the model's
 * indicator registry: persons scaled (129.3万人 / 1.293 M), shares as % (19.4%), differences of shares
 * in percentage points, other counts with their registry unit (5,820个 / 5,820 places), rates and
 * years with two decimals.
 */
import { INDICATORS, type IndicatorId } from '@model';
import type { Language } from '../host/contract';
import { numberFormat } from './number-format';
import { signed, withUnit } from './numbers';
import { localized } from './setting-format';

/** Whether an indicator counts persons (shown in 万人 / k / M) rather than places, beds or classes. */
function countsPersons(indicator: IndicatorId): boolean {
  return INDICATORS[indicator].unit.en === 'persons';
}

/** A value of `indicator` in the model's unit, as the app writes it. */
export function formatIndicator(indicator: IndicatorId, value: number, language: Language): string {
  const format = numberFormat(language);
  const { kind, percent, unit } = INDICATORS[indicator];
  if (percent) return format.share(value);
  if (kind !== 'count') return format.number(value, 2);
  if (countsPersons(indicator)) return format.persons(value);
  return withUnit(language, format.number(value), localized(unit, language));
}

/** A difference of `indicator` (shares: a difference of fractions, shown in percentage points), signed with + or −. */
export function formatIndicatorDiff(indicator: IndicatorId, diff: number, language: Language): string {
  const format = numberFormat(language);
  const { kind, percent } = INDICATORS[indicator];
  if (percent) return format.pointsDiff(diff);
  if (kind === 'count' && countsPersons(indicator)) return format.personsDiff(diff);
  return signed(formatIndicator(indicator, diff, language), diff);
}

/** A relative difference (a fraction) as a signed percentage: +5.2%, −0.8%; a dash where there is no baseline. */
export function formatRelative(rel: number | null, language: Language): string {
  if (rel === null) return '—';
  return signed(numberFormat(language).share(rel), rel);
}
