/**
 * Residents by hukou status over time (stacked), the hukou population, the active set's targets for
 * residents and hukou (diamonds, in every year of the chart the set has one) and observed figures
 * (hollow circles).
 */
import { PLAN_TARGETS, type IndicatorRow, type ObservationsFile, type PlanTarget } from '@model';
import { PALETTE, type ChartViewModel, type Series, type ViewContext } from './chart-view-model';
import { observedSeries } from './observed-series';

export interface ResidentsOverlays {
  /** The active target set's targets (the plan's by default). */
  targets?: readonly PlanTarget[];
  observed?: Pick<ObservationsFile, 'observations'> | null;
}

export function residentsViewModel(rows: readonly IndicatorRow[], { t, format }: ViewContext, overlays: ResidentsOverlays = {}): ChartViewModel {
  const zh = format.language === 'zh-CN';
  const targets = overlays.targets ?? PLAN_TARGETS;
  const first = rows[0];
  const last = rows[rows.length - 1];
  const years = rows.map((r) => r.year);
  const targetSeries = (indicator: string, key: string, color: string): Series[] => {
    const own = targets.filter((p) => p.indicator === indicator && years.includes(p.year));
    if (own.length === 0) return [];
    const label = own.length === 1
      ? t(`charts.residents.${key}`, { year: own[0].year, value: format.persons(own[0].target) })
      : t(`charts.residents.${key}`, { year: own.map((p) => p.year).join('/'), value: own.map((p) => format.persons(p.target)).join('/') });
    return [{ key, label, kind: 'marker', stack: key, color, data: years.map((y) => own.find((p) => p.year === y)?.target ?? null) }];
  };
  return {
    key: 'residents',
    title: t('charts.residents.title'),
    description: t('charts.residents.description', { from: first.year, to: last.year, last: format.persons(last.residents) }),
    labels: rows.map((row) => String(row.year)),
    categoryTitle: t('charts.year'),
    // 万人 in Chinese (as the plan writes), millions in English.
    valueAxis: { title: t('charts.residents.axis'), divisor: zh ? 10_000 : 1_000_000, decimals: zh ? 0 : 1, stacked: true, min: 0 },
    series: [
      { key: 'local', label: t('charts.residents.local'), kind: 'bar', stack: 'residents', color: PALETTE.local, data: rows.map((r) => r.local) },
      { key: 'tianjin', label: t('charts.residents.tianjin'), kind: 'bar', stack: 'residents', color: PALETTE.tianjin, data: rows.map((r) => r.tianjin) },
      { key: 'outside', label: t('charts.residents.outside'), kind: 'bar', stack: 'residents', color: PALETTE.outside, data: rows.map((r) => r.outside) },
      { key: 'hukou', label: t('charts.residents.hukou'), kind: 'line', stack: 'hukou', color: PALETTE.hukou, dashed: true, data: rows.map((r) => r.hukouPopulation) },
      ...targetSeries('residents', 'targetResidents', PALETTE.targetResidents),
      ...targetSeries('hukouPopulation', 'targetHukou', PALETTE.targetHukou),
      ...observedSeries(years, overlays.observed, [
        { field: 'residents', color: PALETTE.observedResidents },
        { field: 'hukouPopulation', color: PALETTE.observedHukou },
      ], t),
    ],
    formatValue: format.persons,
  };
}
