/**
 * Two age pyramids side by side on one value axis: the limit is the largest five-year group of either
 * scenario in any year of the run, so the two are drawn to the same scale and keep it while the year
 * slider moves. Men to the left (negative), women to the right, in the scenario's colour (women a
 * lighter tint of it).
 */
import type { BySex } from '@model';
import type { ChartViewModel, ViewContext } from '../charts/chart-view-model';
import { pyramidLimit, yearPyramidViewModel } from '../charts/pyramid-view-model';
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
  return pyramidLimit(sides.flatMap((side) => side.byAge));
}

/** One view-model per side for the year `years[index]`, all with the same axis. `ctx.t` is the `compare` namespace. */
export function comparePyramidViewModels(sides: readonly PyramidSide[], years: readonly number[], index: number, ctx: ViewContext): ChartViewModel[] {
  const { t, format } = ctx;
  const limit = sharedPyramidLimit(sides);
  const year = years[index];
  return sides.map((side, i) => yearPyramidViewModel(side.byAge[index], {
    key: `compare-pyramid-${i}`,
    title: side.name,
    describe: (total) => t('pyramid.description', { name: side.name, year, total: format.persons(total) }),
    textKeys: 'pyramid',
    colours: { male: side.colour, female: tint(side.colour, WOMEN_TINT) },
    limit,
  }, ctx));
}
