/**
 * An indicator over time, one line per compared scenario in its own colour (the baseline drawn first,
 * solid; the others solid too, told apart by colour and named in the legend above the charts). The
 * values are the model's own series (`indicatorSeries`), in model units. The active targets
 * (`comparisonMarkers`, the same markers the deck and the brief draw) are diamonds in their year.
 */
import { comparisonMarkers, indicatorSeries, type Comparison, type ObservationsFile, type TargetSet } from '@model';
import { TARGET_COLOUR } from '../../../src/export/palette';
import { formatIndicator } from '../../../src/format';
import { PALETTE, type ChartViewModel, type Series, type ViewContext } from '../charts/chart-view-model';
import { observedSeries } from '../charts/observed-series';
import { valueAxis, type CompareChartIndicator } from './compare-indicators';

/** The observed figure drawn on a compare chart (hollow circles), by indicator. */
const OBSERVED_FIELD: Partial<Record<string, 'residents' | 'hukouPopulation' | 'births' | 'deaths'>> = {
  residents: 'residents', hukouPopulation: 'hukouPopulation', births: 'births', deaths: 'deaths',
};

/** A compared scenario as the view shows it: its key, name in the interface language and colour. */
export interface ComparedScenario {
  key: string;
  name: string;
  colour: string;
}

/** `scenarios[i]` is `comparison.scenarios[i]`; `ctx.t` is the `compare` namespace. */
export function compareSeriesViewModel(
  comparison: Comparison,
  indicator: CompareChartIndicator,
  scenarios: readonly ComparedScenario[],
  { t, format }: ViewContext,
  observed: Pick<ObservationsFile, 'observations'> | null = null,
  sets?: readonly TargetSet[],
): ChartViewModel {
  const series = indicatorSeries(comparison, indicator.id);
  if (!series) throw new Error(`no series for ${indicator.id}`);
  const label = t(`indicators.${indicator.id}`);
  const last = series.years.length - 1;
  const formatValue = (value: number) => formatIndicator(indicator.id, value, format.language);
  return {
    key: `compare-${indicator.id}`,
    title: label,
    description: t('charts.description', {
      indicator: label,
      from: series.years[0],
      to: series.years[last],
      values: series.lines.map((line) => `${scenarios[line.scenarioIndex].name} ${formatValue(line.values[last])}`).join(t('charts.listSeparator')),
    }),
    labels: series.years.map(String),
    categoryTitle: t('charts.year'),
    valueAxis: valueAxis(indicator, t, format.language),
    series: [
      ...series.lines.map((line) => ({
        key: scenarios[line.scenarioIndex].key,
        label: scenarios[line.scenarioIndex].name,
        kind: 'line' as const,
        color: scenarios[line.scenarioIndex].colour,
        data: line.values.map((v) => (Number.isFinite(v) ? v : null)),
      })),
      ...comparisonMarkers(indicator.id, sets, series.years).map((marker) => ({
        key: marker.id,
        label: format.language === 'zh-CN' ? marker.set.zh : marker.set.en,
        kind: 'marker' as const,
        color: TARGET_COLOUR,
        data: series.years.map((year) => (year === marker.year ? marker.value : null)),
      })),
      ...(OBSERVED_FIELD[indicator.id] ? observedSeries(series.years, observed, [{ field: OBSERVED_FIELD[indicator.id]!, color: PALETTE.observedResidents }], t) : []),
    ] satisfies Series[],
    formatValue,
  };
}
