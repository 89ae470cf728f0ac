/**
 * The age pyramid of one year: residents by sex in five-year age groups (single years are too thin to
 * read at this size), men to the left as negative values. The value axis is fixed over all years of
 * the run, so playing through the years shows the shape change rather than the axis.
 */
import type { BySex } from '@model';
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

/** The axis limit for pyramids of `populations` (any years, any scenarios): the largest group of any, rounded up. */
export function pyramidLimit(populations: Iterable<BySex<ArrayLike<number>>>): number {
  // The groups of groupAges summed in place (the same additions in the same order), without making
  // arrays: every year of the run is read on every lever move.
  let largest = 0;
  for (const pop of populations) {
    for (const values of [pop.male, pop.female]) {
      let sum = 0;
      for (let x = 0; x < values.length; x++) {
        sum += values[x];
        if ((x + 1) % GROUP_WIDTH === 0 || x === values.length - 1) {
          largest = Math.max(largest, sum);
          sum = 0;
        }
      }
    }
  }
  return niceCeiling(largest);
}

/** What tells one pyramid from another: the editor's pyramid, or one side of the compare view's pair. */
export interface PyramidLook {
  key: string;
  title: string;
  /** The text alternative, given the year's residents. */
  describe(total: number): string;
  /** Where the pyramid's texts are in the `t` given: `${textKeys}.openAge`, `.ageAxis`, `.axis`, `.male`, `.female`. */
  textKeys: string;
  colours: { male: string; female: string };
  /** The value axis runs from -limit to limit ({@link pyramidLimit}). */
  limit: number;
}

/**
 * One year's pyramid: residents by sex in five-year groups, men as negative values. The one mapping
 * behind the editor's pyramid and the compare view's pair, so both read the same way.
 */
export function yearPyramidViewModel(pop: BySex<ArrayLike<number>>, look: PyramidLook, { t, format }: ViewContext): ChartViewModel {
  const zh = format.language === 'zh-CN';
  const text = (name: string, options?: Record<string, unknown>) => t(`${look.textKeys}.${name}`, options);
  const male = groupAges(pop.male);
  const female = groupAges(pop.female);
  const openAge = (male.length - 1) * GROUP_WIDTH;
  const total = male.reduce((a, b) => a + b, 0) + female.reduce((a, b) => a + b, 0);
  return {
    key: look.key,
    title: look.title,
    description: look.describe(total),
    labels: male.map((_, g) => (g === male.length - 1 ? text('openAge', { age: openAge }) : `${g * GROUP_WIDTH}–${g * GROUP_WIDTH + GROUP_WIDTH - 1}`)),
    categoryTitle: text('ageAxis'),
    valueAxis: {
      title: text('axis'),
      divisor: zh ? 10_000 : 1_000,
      decimals: zh ? 1 : 0,
      stacked: true,
      absolute: true,
      min: -look.limit,
      max: look.limit,
    },
    series: [
      { key: 'male', label: text('male'), kind: 'bar', stack: 'pyramid', color: look.colours.male, data: male.map((v) => -v) },
      { key: 'female', label: text('female'), kind: 'bar', stack: 'pyramid', color: look.colours.female, data: female },
    ],
    horizontal: true,
    formatValue: (value) => format.persons(Math.abs(value)),
  };
}

export interface PyramidInput {
  years: readonly number[];
  byAge: readonly BySex<Float64Array>[];
  /** Index into `years` of the year shown. */
  index: number;
}

/** The editor's pyramid of the year `years[index]`, on an axis that holds every year of the run. */
export function pyramidViewModel({ years, byAge, index }: PyramidInput, ctx: ViewContext): ChartViewModel {
  const { t, format } = ctx;
  return yearPyramidViewModel(byAge[index], {
    key: 'pyramid',
    title: t('charts.pyramid.title'),
    describe: (total) => t('charts.pyramid.description', { year: years[index], total: format.persons(total) }),
    textKeys: 'charts.pyramid',
    colours: { male: PALETTE.male, female: PALETTE.female },
    limit: pyramidLimit(byAge),
  }, ctx);
}
