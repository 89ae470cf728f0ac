/** Shares of residents in broad age groups over time (ageing at a glance). */
import type { IndicatorRow, ProbabilisticResult } from '@model';
import { bandSeries } from './band-series';
import { PALETTE, type ChartViewModel, type ViewContext } from './chart-view-model';

const GROUPS = [
  { key: 'age0to14', field: 'age0to14Share' },
  { key: 'age15to64', field: 'age15to64Share' },
  { key: 'age60plus', field: 'age60plusShare' },
  { key: 'age65plus', field: 'age65plusShare' },
] as const;

/** `bands`: a probabilistic result for the same values, drawn as bands around the 60+ and 65+ shares. */
export function ageSharesViewModel(rows: readonly IndicatorRow[], { t, format }: ViewContext, bands?: ProbabilisticResult | null): ChartViewModel {
  const years = rows.map((row) => row.year);
  const last = rows[rows.length - 1];
  return {
    key: 'ageShares',
    title: t('charts.ageShares.title'),
    description: t('charts.ageShares.description', { to: last.year, share60: format.share(last.age60plusShare) }),
    labels: rows.map((row) => String(row.year)),
    categoryTitle: t('charts.year'),
    // Shares are fractions in the model; the axis shows percent.
    valueAxis: { title: t('charts.ageShares.axis'), divisor: 0.01, decimals: 0, stacked: false, min: 0 },
    series: [
      ...bandSeries(bands, 'age60plusShare', years, 'age60plus', t('charts.ageShares.age60plus'), PALETTE.age60plus),
      ...bandSeries(bands, 'age65plusShare', years, 'age65plus', t('charts.ageShares.age65plus'), PALETTE.age65plus),
      ...GROUPS.map(({ key, field }) => ({
      key,
      label: t(`charts.ageShares.${key}`),
      kind: 'line' as const,
      color: PALETTE[key],
      dashed: key === 'age65plus',
      data: rows.map((row) => row[field]),
    })),
    ],
    formatValue: (value) => format.share(value),
  };
}
