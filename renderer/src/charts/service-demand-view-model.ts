/**
 * Service demand over time: under-3 childcare places wanted by families (driven by the under-3s, so it
 * follows fertility) and needed by the plan's per-1,000 norm (driven by all residents), against the
 * places available, and elderly-care beds needed (with the nursing-type share). Each series has a
 * colour of its own; dashed lines are supply or a subset.
 */
import type { ProbabilisticResult, ServiceRow } from '@model';
import { bandSeries } from './band-series';
import { PALETTE, type ChartViewModel, type ViewContext } from './chart-view-model';

/** `childcareNorm`: the scenario's places per 1,000 residents (shown in the series label). */
/** `bands`: a probabilistic result for the same values, drawn as bands around childcare places needed and care beds. */
export function serviceDemandViewModel(
  rows: readonly ServiceRow[],
  childcareNorm: number,
  { t, format }: ViewContext,
  bands?: ProbabilisticResult | null,
): ChartViewModel {
  const years = rows.map((row) => row.year);
  const last = rows[rows.length - 1];
  return {
    key: 'serviceDemand',
    title: t('charts.services.title'),
    description: t('charts.services.description', {
      to: last.year,
      childcare: format.number(last.childcarePlacesByDemand),
      beds: format.number(last.careBeds),
    }),
    labels: rows.map((row) => String(row.year)),
    categoryTitle: t('charts.year'),
    valueAxis: { title: t('charts.services.axis'), divisor: 1, decimals: 0, stacked: false, min: 0 },
    series: [
      ...bandSeries(bands, 'childcarePlacesByNorm', years, 'childcareNeeded', t('charts.services.childcareNeededShort'), PALETTE.childcareNorm),
      ...bandSeries(bands, 'careBeds', years, 'careBeds', t('charts.services.careBeds'), PALETTE.careBeds),
      { key: 'childcareWanted', label: t('charts.services.childcareWanted'), kind: 'line', color: PALETTE.childcare, data: rows.map((r) => r.childcarePlacesByDemand) },
      { key: 'childcareNeeded', label: t('charts.services.childcareNeeded', { norm: format.number(childcareNorm, 1) }), kind: 'line', color: PALETTE.childcareNorm, data: rows.map((r) => r.childcarePlacesByNorm) },
      { key: 'childcareSupply', label: t('charts.services.childcareSupply'), kind: 'line', color: PALETTE.childcareSupply, dashed: true, data: rows.map((r) => r.childcareSupply) },
      { key: 'careBeds', label: t('charts.services.careBeds'), kind: 'line', color: PALETTE.careBeds, data: rows.map((r) => r.careBeds) },
      { key: 'nursingBeds', label: t('charts.services.nursingBeds'), kind: 'line', color: PALETTE.careBeds, dashed: true, data: rows.map((r) => r.nursingBeds) },
    ],
    formatValue: (value) => format.number(value),
  };
}
