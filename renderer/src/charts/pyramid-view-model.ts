/**
 * The age pyramid of one year: residents by sex in five-year age groups (single years are too thin to
 * read at this size), men to the left as negative values. The value axis is fixed over all years of
 * the run, so playing through the years shows the shape change rather than the axis.
 */
import type { BySex } from '../../../src/model/engine/types';
import { PALETTE, type ChartViewModel, type ViewContext } from './chart-view-model';

/** Width of an age group, years; the last group is open (100+). */
export const GROUP_WIDTH = 5;

/** Sums single ages 0..100 into groups 0–4 … 95–99 and 100+. */
export function groupAges(values: ArrayLike<number>): number[] {
  const groups: number[] = [];
  for (let x = 0; x < values.length; x++) {
    const g = Math.floor(x / GROUP_WIDTH);
    groups[g] = (groups[g] ?? 0) + values[x];
  }
  return groups;
}

/** Rounds up to 1, 2 or 5 times a power of ten, so the axis ends on a round number. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (value <= m * power) return m * power;
  return 10 * power;
}

export interface PyramidInput {
  years: readonly number[];
  byAge: readonly BySex<Float64Array>[];
  /** Index into `years` of the year shown. */
  index: number;
}

export function pyramidViewModel({ years, byAge, index }: PyramidInput, { t, format }: ViewContext): ChartViewModel {
  const zh = format.language === 'zh-CN';
  const pop = byAge[index];
  const male = groupAges(pop.male);
  const female = groupAges(pop.female);
  let largest = 0;
  for (const p of byAge) for (const v of [...groupAges(p.male), ...groupAges(p.female)]) largest = Math.max(largest, v);
  const limit = niceCeiling(largest);
  const openAge = (male.length - 1) * GROUP_WIDTH;
  const labels = male.map((_, g) =>
    g === male.length - 1 ? t('charts.pyramid.openAge', { age: openAge }) : `${g * GROUP_WIDTH}–${g * GROUP_WIDTH + GROUP_WIDTH - 1}`,
  );
  const total = male.reduce((a, b) => a + b, 0) + female.reduce((a, b) => a + b, 0);
  return {
    key: 'pyramid',
    title: t('charts.pyramid.title'),
    description: t('charts.pyramid.description', { year: years[index], total: format.persons(total) }),
    labels,
    categoryTitle: t('charts.pyramid.ageAxis'),
    valueAxis: {
      title: t('charts.pyramid.axis'),
      divisor: zh ? 10_000 : 1_000,
      decimals: zh ? 1 : 0,
      stacked: true,
      absolute: true,
      min: -limit,
      max: limit,
    },
    series: [
      { key: 'male', label: t('charts.pyramid.male'), kind: 'bar', stack: 'pyramid', color: PALETTE.male, data: male.map((v) => -v) },
      { key: 'female', label: t('charts.pyramid.female'), kind: 'bar', stack: 'pyramid', color: PALETTE.female, data: female },
    ],
    horizontal: true,
    formatValue: (value) => format.persons(Math.abs(value)),
  };
}
