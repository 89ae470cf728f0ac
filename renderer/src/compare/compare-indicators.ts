/** The indicators the compare view charts and tabulates, with their units and value formats. */
import type { TFunction } from 'i18next';
import { type HeadlineUnit, headlineUnit, type IndicatorId } from '@model';
import type { ValueAxis } from '../charts/chart-view-model';
import type { NumberFormat } from '../format/number-format';

export interface CompareChartIndicator {
  id: IndicatorId;
  unit: HeadlineUnit;
  /** Populations in the hundreds of thousands get 万人 / million axes; smaller counts plain numbers. */
  large?: boolean;
}

/** One overlaid chart each, in this order (units from the model's indicator registry). */
export const CHART_INDICATORS: readonly CompareChartIndicator[] = (
  ['residents', 'hukouPopulation', 'age60plusShare', 'age65plusShare', 'births', 'age0to2', 'childcarePlacesByNorm', 'careBeds'] as const
).map((id) => ({ id, unit: headlineUnit(id), ...(id === 'residents' || id === 'hukouPopulation' ? { large: true } : {}) }));

/** The value axis of an indicator's chart, in the interface language's units. */
export function valueAxis(indicator: CompareChartIndicator, t: TFunction, language: NumberFormat['language']): ValueAxis {
  const zh = language === 'zh-CN';
  switch (indicator.unit) {
    case 'share':
      return { title: t('axis.percent'), divisor: 0.01, decimals: 0, stacked: false, min: 0 };
    case 'places':
      return { title: t('axis.places'), divisor: 1, decimals: 0, stacked: false, min: 0 };
    case 'beds':
      return { title: t('axis.beds'), divisor: 1, decimals: 0, stacked: false, min: 0 };
    case 'persons':
      if (!indicator.large) return { title: t('axis.persons'), divisor: 1, decimals: 0, stacked: false, min: 0 };
      return zh
        ? { title: t('axis.tenThousandPersons'), divisor: 10_000, decimals: 0, stacked: false, min: 0 }
        : { title: t('axis.millionPersons'), divisor: 1_000_000, decimals: 1, stacked: false, min: 0 };
  }
}

/** Prefixes + to a positive figure; one that rounds to zero (no digit 1–9) stays unsigned. */
export function signed(text: string, value: number): string {
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** A value of an indicator, as the table and tooltips show it: 132.9万人, 19.4%, 5,820个. */
export function formatIndicatorValue(unit: HeadlineUnit, value: number, t: TFunction, format: NumberFormat): string {
  switch (unit) {
    case 'persons':
      return format.persons(value);
    case 'share':
      return format.share(value);
    case 'places':
      return t('values.places', { value: format.number(value) });
    case 'beds':
      return t('values.beds', { value: format.number(value) });
  }
}

/** A difference in the indicator's unit: +1.2万人, +3.1个百分点 (shares: `diff` in percentage points), −120个. */
export function formatIndicatorDiff(unit: HeadlineUnit, diff: number, t: TFunction, format: NumberFormat): string {
  switch (unit) {
    case 'persons':
      return format.personsDiff(diff);
    case 'share':
      return format.pointsDiff(diff / 100);
    case 'places':
      return t('values.places', { value: signed(format.number(diff), diff) });
    case 'beds':
      return t('values.beds', { value: signed(format.number(diff), diff) });
  }
}

/** A relative difference (a fraction): +5.2%, −0.8%; a dash where the baseline is zero. */
export function formatRelative(rel: number | null, t: TFunction, format: NumberFormat): string {
  if (rel === null) return t('values.noRelative');
  return t('values.percent', { value: signed(format.number(rel * 100, 1), rel) });
}
