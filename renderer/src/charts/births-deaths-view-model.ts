/**
 * Births and deaths per calendar year. The base year's row holds only the flows from the census
 * (1 November 2020) to 31 December, a sixth of a year: drawn as a gap, not as a year's worth, so the
 * line does not seem to jump fivefold into 2021.
 */
import { BASE_YEAR, type IndicatorRow, type ObservationsFile } from '@model';
import { PALETTE, type ChartViewModel, type ViewContext } from './chart-view-model';
import { observedSeries } from './observed-series';

export function birthsDeathsViewModel(
  rows: readonly IndicatorRow[],
  { t, format }: ViewContext,
  observed: Pick<ObservationsFile, 'observations'> | null = null,
): ChartViewModel {
  const last = rows[rows.length - 1];
  const flow = (value: (r: IndicatorRow) => number) => rows.map((r) => (r.year === BASE_YEAR ? null : value(r)));
  return {
    key: 'birthsDeaths',
    title: t('charts.birthsDeaths.title'),
    description: t('charts.birthsDeaths.description', { to: last.year, births: format.persons(last.births), deaths: format.persons(last.deaths) }),
    labels: rows.map((row) => String(row.year)),
    categoryTitle: t('charts.year'),
    valueAxis: { title: t('charts.birthsDeaths.axis'), divisor: 1, decimals: 0, stacked: false, min: 0 },
    series: [
      { key: 'births', label: t('charts.birthsDeaths.births'), kind: 'line', color: PALETTE.births, data: flow((r) => r.births) },
      { key: 'deaths', label: t('charts.birthsDeaths.deaths'), kind: 'line', color: PALETTE.deaths, dashed: true, data: flow((r) => r.deaths) },
      ...observedSeries(rows.map((r) => r.year), observed, [
        { field: 'births', color: PALETTE.observedBirths },
        { field: 'deaths', color: PALETTE.observedDeaths },
      ], t),
    ],
    formatValue: format.persons,
  };
}
