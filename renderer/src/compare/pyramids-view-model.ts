/**
 * Two age pyramids side by side on one value axis: the limit is the largest five-year group of either
 * scenario in any year of the run, so the two are drawn to the same scale and keep it while the year
 * slider moves. Men to the left (negative), women to the right, in the scenario's colour (women a
 * lighter tint of it).
 */
import type { BySex } from '../../../src/model/engine/types';
import type { ChartViewModel, ViewContext } from '../charts/chart-view-model';
import { GROUP_WIDTH, groupAges, niceCeiling } from '../charts/pyramid-view-model';
import { tint } from './palette';

export interface PyramidSide {
  key: string;
  name: string;
  colour: string;
  /** Residents by sex and single age, one entry per year of `years`. */
  byAge: readonly BySex<Float64Array>[];
}

/** Opacity of the women's bars over the men's colour: light, but still visible for the lightest palette colour. */
export const WOMEN_TINT = 0.55;

/** The shared axis limit: a round number at or above the largest group of any side in any year. */
export function sharedPyramidLimit(sides: readonly PyramidSide[]): number {
  let largest = 0;
  for (const side of sides) {
    for (const pop of side.byAge) {
      for (const v of groupAges(pop.male)) largest = Math.max(largest, v);
      for (const v of groupAges(pop.female)) largest = Math.max(largest, v);
    }
  }
  return niceCeiling(largest);
}

/** One view-model per side for the year `years[index]`, all with the same axis. `ctx.t` is the `compare` namespace. */
export function comparePyramidViewModels(sides: readonly PyramidSide[], years: readonly number[], index: number, { t, format }: ViewContext): ChartViewModel[] {
  const zh = format.language === 'zh-CN';
  const limit = sharedPyramidLimit(sides);
  const year = years[index];
  return sides.map((side, i) => {
    const pop = side.byAge[index];
    const male = groupAges(pop.male);
    const female = groupAges(pop.female);
    const openAge = (male.length - 1) * GROUP_WIDTH;
    const total = male.reduce((a, b) => a + b, 0) + female.reduce((a, b) => a + b, 0);
    return {
      key: `compare-pyramid-${i}`,
      title: side.name,
      description: t('pyramid.description', { name: side.name, year, total: format.persons(total) }),
      labels: male.map((_, g) => (g === male.length - 1 ? t('pyramid.openAge', { age: openAge }) : `${g * GROUP_WIDTH}–${g * GROUP_WIDTH + GROUP_WIDTH - 1}`)),
      categoryTitle: t('pyramid.ageAxis'),
      valueAxis: {
        title: t('pyramid.axis'),
        divisor: zh ? 10_000 : 1_000,
        decimals: zh ? 1 : 0,
        stacked: true,
        absolute: true,
        min: -limit,
        max: limit,
      },
      series: [
        { key: 'male', label: t('pyramid.male'), kind: 'bar', stack: 'pyramid', color: side.colour, data: male.map((v) => -v) },
        { key: 'female', label: t('pyramid.female'), kind: 'bar', stack: 'pyramid', color: tint(side.colour, WOMEN_TINT), data: female },
      ],
      horizontal: true,
      formatValue: (value) => format.persons(Math.abs(value)),
    };
  });
}
