/**
 * The charts of a walkthrough step: each chart id of the file format mapped to the editor's own chart
 * view-models (plus the hukou chart, which only walkthroughs show), a value axis shared between a step
 * and the step before it (so "replay last change" moves the data against a still axis), and chart.js
 * options scaled up for a projector.
 */
import type { ChartOptions } from 'chart.js';
import type { TFunction } from 'i18next';
import type { IndicatorRow, WalkthroughChart } from '@model';
import { ageSharesViewModel } from '../charts/age-shares-view-model';
import { birthsDeathsViewModel } from '../charts/births-deaths-view-model';
import { chartData, chartOptions, type KeyedDataset, type MixedData, type MixedType } from '../charts/chart-config';
import { chartFontFamily } from '../charts/chart-setup';
import { PALETTE, type ChartViewModel, type ViewContext } from '../charts/chart-view-model';
import { pyramidViewModel } from '../charts/pyramid-view-model';
import { residentsViewModel } from '../charts/residents-view-model';
import { serviceDemandViewModel } from '../charts/service-demand-view-model';
import type { ModelResults } from '../model/model-results';
import { PLAN_YEAR, planTarget } from '../results/plan-targets';
import { type NumberFormat } from '../../../src/format';

/** How long a replay (and a step-to-step change) animates, ms. */
export const REPLAY_MS = 1200;

/**
 * The hukou population against the plan's 2025 target, with the residents who hold no Xiqing hukou:
 * settlement moves people from the second line to the first. `wt` is the walkthrough namespace.
 */
export function hukouViewModel(rows: readonly IndicatorRow[], { t, format }: ViewContext, wt: TFunction): ChartViewModel {
  const zh = format.language === 'zh-CN';
  const last = rows[rows.length - 1];
  const target = planTarget('hukouPopulation').target;
  return {
    key: 'hukou',
    title: wt('charts.hukou.title'),
    description: wt('charts.hukou.description', { to: last.year, hukou: format.persons(last.hukouPopulation), other: format.persons(last.tianjin + last.outside) }),
    labels: rows.map((row) => String(row.year)),
    categoryTitle: t('charts.year'),
    valueAxis: { title: t('charts.residents.axis'), divisor: zh ? 10_000 : 1_000_000, decimals: zh ? 0 : 2, stacked: false },
    series: [
      { key: 'hukou', label: wt('charts.hukou.hukou'), kind: 'line', color: PALETTE.hukou, data: rows.map((r) => r.hukouPopulation) },
      { key: 'nonHukou', label: wt('charts.hukou.nonHukou'), kind: 'line', color: PALETTE.outside, dashed: true, data: rows.map((r) => r.tianjin + r.outside) },
      {
        key: 'targetHukou',
        label: t('charts.residents.targetHukou', { year: PLAN_YEAR, value: format.persons(target) }),
        kind: 'marker', color: PALETTE.targetHukou, data: rows.map((r) => (r.year === PLAN_YEAR ? target : null)),
      },
    ],
    formatValue: format.persons,
  };
}

/** The view-model of one of the file format's charts. `ctx.t` is the app's main namespace, `wt` the walkthrough one. */
export function walkthroughChartViewModel(chart: WalkthroughChart, results: ModelResults, ctx: ViewContext, wt: TFunction, pyramidYear = PLAN_YEAR): ChartViewModel {
  switch (chart) {
    case 'residents':
      return residentsViewModel(results.rows, ctx);
    case 'age-structure':
      return ageSharesViewModel(results.rows, ctx);
    case 'births-deaths':
      return birthsDeathsViewModel(results.rows, ctx);
    case 'service-demand':
      return serviceDemandViewModel(results.services, results.norms.childcarePlacesPer1000, ctx);
    case 'hukou':
      return hukouViewModel(results.rows, ctx, wt);
    case 'pyramid': {
      const years = results.rows.map((r) => r.year);
      const found = years.indexOf(pyramidYear);
      const vm = pyramidViewModel({ years, byAge: results.byAge, index: found >= 0 ? found : years.length - 1 }, ctx);
      return { ...vm, title: wt('charts.pyramidYear', { title: vm.title, year: years[found >= 0 ? found : years.length - 1] }) };
    }
  }
}

/** Smallest and largest value the axis must show: stacked bars by their stack totals, the rest by value. */
export function dataExtent(vm: ChartViewModel): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  const see = (v: number) => {
    min = Math.min(min, v);
    max = Math.max(max, v);
  };
  const stacks = new Map<string, { pos: number[]; neg: number[] }>();
  for (const s of vm.series) {
    const stacked = vm.valueAxis.stacked && s.kind === 'bar';
    s.data.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      if (!stacked) return see(v);
      const stack = stacks.get(s.stack ?? s.key) ?? { pos: [], neg: [] };
      stacks.set(s.stack ?? s.key, stack);
      const side = v >= 0 ? stack.pos : stack.neg;
      side[i] = (side[i] ?? 0) + v;
    });
  }
  for (const { pos, neg } of stacks.values()) {
    for (const v of pos) if (v !== undefined) see(v);
    for (const v of neg) if (v !== undefined) see(v);
  }
  return Number.isFinite(min) ? { min, max } : null;
}

/** A round step for an axis spanning `range` in about eight ticks: 1, 2, 2.5 or 5 × a power of ten. */
export function niceStep(range: number): number {
  if (!(range > 0)) return 1;
  const raw = range / 8;
  const power = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 2.5, 5, 10]) if (raw <= m * power) return m * power;
  return 10 * power;
}

/**
 * The view-model with a value axis that holds both this step's and the previous step's data (rounded
 * to a tick), so a replay moves the data, not the axis. Fixed limits (the pyramid's) are widened to
 * cover both; a fixed minimum such as 0 is kept.
 */
export function withSharedAxis(current: ChartViewModel, previous: ChartViewModel | null): ChartViewModel {
  if (!previous || previous.key !== current.key) return current;
  const a = dataExtent(current);
  const b = dataExtent(previous);
  if (!a || !b) return current;
  const axis = current.valueAxis;
  if (axis.min !== undefined && axis.max !== undefined) {
    const limit = Math.max(Math.abs(axis.min), Math.abs(axis.max), Math.abs(previous.valueAxis.min ?? 0), Math.abs(previous.valueAxis.max ?? 0));
    return axis.min < 0 ? { ...current, valueAxis: { ...axis, min: -limit, max: limit } } : { ...current, valueAxis: { ...axis, max: limit } };
  }
  const low = Math.min(a.min, b.min);
  const high = Math.max(a.max, b.max);
  const min = axis.min ?? low;
  const step = niceStep(high - min);
  const max = Math.ceil(high / step) * step;
  const niceMin = axis.min ?? Math.max(0, Math.floor(low / step) * step);
  return { ...current, valueAxis: { ...axis, min: niceMin, max } };
}

/** chart.js data for the projector: thicker lines. */
export function presentationData(vm: ChartViewModel): MixedData {
  const data = chartData(vm);
  const thicker = (d: KeyedDataset): KeyedDataset => {
    if (d.type !== 'line') return d;
    // Targets are single points (no line): bigger diamonds; lines: thicker strokes.
    return (d as { showLine?: boolean }).showLine === false ? { ...d, pointRadius: 11, pointHoverRadius: 13 } : { ...d, borderWidth: 4 };
  };
  return { ...data, datasets: data.datasets.map(thicker) };
}

/** The editor's chart options with fonts of `size` px, slower animation and room for large labels. */
export function presentationOptions(vm: ChartViewModel, format: NumberFormat, size: number): ChartOptions<MixedType> {
  const base = chartOptions(vm, format);
  const family = chartFontFamily(format.language);
  const font = { family, size };
  const bold = { family, size, weight: 'bold' as const };
  type Scale = { ticks?: object; title?: object };
  // A shared axis (withSharedAxis) ends on a multiple of this step; chart.js would pick its own otherwise.
  const axis = vm.valueAxis;
  const stepSize = axis.min !== undefined && axis.max !== undefined ? niceStep(axis.max - axis.min) : undefined;
  const valueKey = vm.horizontal ? 'x' : 'y';
  const scale = (s: Scale | undefined, key: 'x' | 'y') => ({
    ...s, ticks: { ...s?.ticks, font, ...(key === valueKey && stepSize ? { stepSize } : {}) }, title: { ...s?.title, font: bold },
  });
  const scales = base.scales as Record<'x' | 'y', Scale>;
  const legend = base.plugins?.legend;
  return {
    ...base,
    animation: { duration: REPLAY_MS, easing: 'easeInOutCubic' },
    scales: { x: scale(scales.x, 'x'), y: scale(scales.y, 'y') } as ChartOptions<MixedType>['scales'],
    plugins: {
      ...base.plugins,
      // The legend a little smaller than the axes, so a long one (the residents chart) leaves room for the bars.
      legend: { ...legend, labels: { ...legend?.labels, font: { family, size: Math.round(size * 0.85) }, boxWidth: Math.round(size), boxHeight: Math.round(size * 0.7), padding: Math.round(size * 0.6) } },
      tooltip: { ...base.plugins?.tooltip, titleFont: font, bodyFont: font },
    },
  };
}
