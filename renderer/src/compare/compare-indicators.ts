/**
 * The indicators the compare view charts and tabulates, with their units and value axes. Their values
 * and differences are written by the shared indicator formatting (src/format), as in the exports.
 */
import type { TFunction } from 'i18next';
import { type HeadlineUnit, headlineUnit, type IndicatorId } from '@model';
import type { ValueAxis } from '../charts/chart-view-model';
import type { NumberFormat } from '../../../src/format';

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
