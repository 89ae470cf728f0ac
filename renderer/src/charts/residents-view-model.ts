/** Residents by hukou status over time (stacked), the hukou population, and the plan's 2025 targets. */
import type { IndicatorRow, ProbabilisticResult } from '@model';
import { PLAN_YEAR, planTarget } from '../results/plan-targets';
import { bandSeries } from './band-series';
import { PALETTE, type ChartViewModel, type ViewContext } from './chart-view-model';

/** `bands`: a probabilistic result for the same values, drawn as 80% and 95% bands around residents and hukou. */
export function residentsViewModel(rows: readonly IndicatorRow[], { t, format }: ViewContext, bands?: ProbabilisticResult | null): ChartViewModel {
  const years = rows.map((row) => row.year);
  const zh = format.language === 'zh-CN';
  const at = (year: number, value: number) => rows.map((row) => (row.year === year ? value : null));
  const first = rows[0];
  const last = rows[rows.length - 1];
  const residentsTarget = planTarget('residents').target;
  const hukouTarget = planTarget('hukouPopulation').target;
  return {
    key: 'residents',
    title: t('charts.residents.title'),
    description: t('charts.residents.description', { from: first.year, to: last.year, last: format.persons(last.residents) }),
    labels: rows.map((row) => String(row.year)),
    categoryTitle: t('charts.year'),
    // 万人 in Chinese (as the plan writes), millions in English.
    valueAxis: { title: t('charts.residents.axis'), divisor: zh ? 10_000 : 1_000_000, decimals: zh ? 0 : 1, stacked: true, min: 0 },
    series: [
      ...bandSeries(bands, 'residents', years, 'residents', t('charts.residents.total'), PALETTE.residentsBand),
      ...bandSeries(bands, 'hukouPopulation', years, 'hukou', t('charts.residents.hukou'), PALETTE.hukou),
      { key: 'local', label: t('charts.residents.local'), kind: 'bar', stack: 'residents', color: PALETTE.local, data: rows.map((r) => r.local) },
      { key: 'tianjin', label: t('charts.residents.tianjin'), kind: 'bar', stack: 'residents', color: PALETTE.tianjin, data: rows.map((r) => r.tianjin) },
      { key: 'outside', label: t('charts.residents.outside'), kind: 'bar', stack: 'residents', color: PALETTE.outside, data: rows.map((r) => r.outside) },
      { key: 'hukou', label: t('charts.residents.hukou'), kind: 'line', stack: 'hukou', color: PALETTE.hukou, dashed: true, data: rows.map((r) => r.hukouPopulation) },
      {
        key: 'targetResidents',
        label: t('charts.residents.targetResidents', { year: PLAN_YEAR, value: format.persons(residentsTarget) }),
        kind: 'marker', stack: 'targetResidents', color: PALETTE.targetResidents, data: at(PLAN_YEAR, residentsTarget),
      },
      {
        key: 'targetHukou',
        label: t('charts.residents.targetHukou', { year: PLAN_YEAR, value: format.persons(hukouTarget) }),
        kind: 'marker', stack: 'targetHukou', color: PALETTE.targetHukou, data: at(PLAN_YEAR, hukouTarget),
      },
    ],
    formatValue: format.persons,
  };
}
