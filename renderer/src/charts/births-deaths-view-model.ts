/** Births and deaths per year (the flows of each step year → year+1, as the indicators define them). */
import type { IndicatorRow, ObservationsFile } from '@model';
import { PALETTE, type ChartViewModel, type ViewContext } from './chart-view-model';
import { observedSeries } from './observed-series';

export function birthsDeathsViewModel(
  rows: readonly IndicatorRow[],
  { t, format }: ViewContext,
  observed: Pick<ObservationsFile, 'observations'> | null = null,
): ChartViewModel {
  const last = rows[rows.length - 1];
  return {
    key: 'birthsDeaths',
    title: t('charts.birthsDeaths.title'),
    description: t('charts.birthsDeaths.description', { to: last.year, births: format.persons(last.births), deaths: format.persons(last.deaths) }),
    labels: rows.map((row) => String(row.year)),
    categoryTitle: t('charts.year'),
    valueAxis: { title: t('charts.birthsDeaths.axis'), divisor: 1, decimals: 0, stacked: false, min: 0 },
    series: [
      { key: 'births', label: t('charts.birthsDeaths.births'), kind: 'line', color: PALETTE.births, data: rows.map((r) => r.births) },
      { key: 'deaths', label: t('charts.birthsDeaths.deaths'), kind: 'line', color: PALETTE.deaths, dashed: true, data: rows.map((r) => r.deaths) },
      ...observedSeries(rows.map((r) => r.year), observed, [
        { field: 'births', color: PALETTE.observedBirths },
        { field: 'deaths', color: PALETTE.observedDeaths },
      ], t),
    ],
    formatValue: format.persons,
  };
}
