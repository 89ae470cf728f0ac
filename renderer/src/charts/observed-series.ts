/**
 * Observation markers for a chart over years: one 'observed' series per observed figure, with a point
 * in each year the observations give it and null elsewhere. Empty when nothing was observed in the
 * chart's years, so a chart without observations looks as before.
 */
import { type ObservationsFile, OBSERVED_FIELDS, type ObservedField } from '@model';
import type { Series, ViewContext } from './chart-view-model';

/** An observed figure to draw: which field, under which label and colour. */
export interface ObservedSpec {
  field: ObservedField;
  color: string;
}

/** The label of an observed figure ("常住人口（实际）"). */
export function observedLabel(field: ObservedField, t: ViewContext['t']): string {
  return t('actuals:observed.marker', { indicator: t(`actuals:observed.${field}`) });
}

export function observedSeries(
  years: readonly number[],
  observed: Pick<ObservationsFile, 'observations'> | null | undefined,
  specs: readonly ObservedSpec[],
  t: ViewContext['t'],
): Series[] {
  if (!observed || observed.observations.length === 0) return [];
  return specs.flatMap(({ field, color }) => {
    const data = years.map((year) => observed.observations.find((o) => o.year === year)?.[field] ?? null);
    if (data.every((v) => v === null)) return [];
    return [{ key: `observed-${field}`, label: observedLabel(field, t), kind: 'observed' as const, stack: `observed-${field}`, color, data }];
  });
}

export { OBSERVED_FIELDS };
