/**
 * Turns a chart view-model into chart.js data and options. Kept apart from the component so the
 * mapping is plain data in, plain data out.
 */
import type { ChartData, ChartDataset, ChartOptions, TooltipItem } from 'chart.js';
import { chartFontFamily } from './chart-setup';
import { tickLabel, type ChartViewModel, type Series } from './chart-view-model';
import { type NumberFormat } from '../../../src/format';

export type MixedType = 'bar' | 'line';
/**
 * A dataset with the series key as its id: react-chartjs-2 matches datasets by this (datasetIdKey),
 * so a language switch relabels the datasets in place instead of replacing (and re-animating) them.
 */
export type KeyedDataset = ChartDataset<MixedType, (number | null)[]> & { id: string };
export type MixedData = ChartData<MixedType, (number | null)[], string> & { datasets: KeyedDataset[] };
export const DATASET_ID_KEY = 'id';

/** The dash pattern of dashed lines, px (the line and its legend key use the same). */
export const DASH = [6, 4];

const legendKeys = new Map<string, HTMLCanvasElement>();

/**
 * The legend key of a dashed line: a short dashed stroke in its colour (chart.js draws a point-style
 * 'line' key solid, so a dashed series would read as solid in the legend). Null outside a browser.
 */
export function dashedLegendKey(color: string): HTMLCanvasElement | null {
  if (typeof document === 'undefined') return null;
  let key = legendKeys.get(color);
  if (!key) {
    key = document.createElement('canvas');
    key.width = 26;
    key.height = 6;
    const ctx = key.getContext('2d');
    if (ctx) {
      ctx.strokeStyle = color;
      ctx.lineWidth = 2;
      ctx.setLineDash(DASH);
      ctx.beginPath();
      ctx.moveTo(0, 3);
      ctx.lineTo(26, 3);
      ctx.stroke();
    }
    legendKeys.set(color, key);
  }
  return key;
}

function dataset(series: Series): KeyedDataset {
  return { ...datasetOf(series), id: series.key };
}

/** Marks the two datasets of a band, which legends and tooltips leave out (the chart's note explains them). */
export const BAND_FLAG = 'uncertaintyBand';

/**
 * A band as two line datasets, the lower edge first and the upper edge filled down to it ('-1': the
 * dataset before), each on a stack of its own so a stacked axis does not pile them on the bars.
 */
function bandDatasets(series: Series): KeyedDataset[] {
  const edge = { type: 'line' as const, borderWidth: 0, pointRadius: 0, pointHoverRadius: 0, tension: 0, order: 5, [BAND_FLAG]: true };
  return [
    { ...edge, id: `${series.key}:lower`, label: series.label, data: series.lower ?? [], stack: `${series.key}:lower`, fill: false, backgroundColor: 'transparent' },
    { ...edge, id: series.key, label: series.label, data: series.data, stack: `${series.key}:upper`, fill: '-1', backgroundColor: series.color },
  ] as KeyedDataset[];
}

const isBand = (d: unknown): boolean => (d as Record<string, unknown> | undefined)?.[BAND_FLAG] === true;

function datasetOf(series: Series): ChartDataset<MixedType, (number | null)[]> {
  const common = { label: series.label, data: series.data, stack: series.stack ?? series.key };
  switch (series.kind) {
    case 'bar':
      return { ...common, type: 'bar', backgroundColor: series.color, borderWidth: 0, order: 3, barPercentage: 0.9, categoryPercentage: 0.85, pointStyle: 'rect' };
    case 'line':
      return {
        ...common, type: 'line', borderColor: series.color, backgroundColor: series.color, borderWidth: 2,
        borderDash: series.dashed ? DASH : [], pointRadius: 0, pointHoverRadius: 4, tension: 0, order: 2,
        pointStyle: (series.dashed ? dashedLegendKey(series.color) : null) ?? 'line',
      };
    case 'band':
      throw new Error('a band is two datasets: see bandDatasets');
    case 'marker':
      // A target is a single point; chart.js draws it as a diamond without a line.
      return {
        ...common, type: 'line', showLine: false, borderColor: '#ffffff', backgroundColor: series.color, borderWidth: 1.5,
        pointStyle: 'rectRot', pointRadius: 8, pointHoverRadius: 10, order: 1,
      };
    case 'observed':
      // A published figure: a hollow circle, so it never reads as a target's diamond.
      return {
        ...common, type: 'line', showLine: false, borderColor: series.color, backgroundColor: '#ffffff', borderWidth: 2.5,
        pointStyle: 'circle', pointRadius: 6, pointHoverRadius: 8, order: 0,
      };
  }
}

export function chartData(vm: ChartViewModel): MixedData {
  return { labels: vm.labels, datasets: vm.series.flatMap((s) => (s.kind === 'band' ? bandDatasets(s) : [dataset(s)])) };
}

/**
 * The value axis's tick label, remembered by value: chart.js asks for every tick's label several
 * times in each update's layout, and a lever move mostly keeps the same ticks.
 */
function memoisedTickLabel(axis: ChartViewModel['valueAxis'], format: NumberFormat): (tick: number | string) => string {
  const labels = new Map<number, string>();
  return (tick) => {
    const value = Number(tick);
    let label = labels.get(value);
    if (label === undefined) {
      // Ticks are round numbers, few per range; the bound only guards against endless new ranges.
      if (labels.size > 1_000) labels.clear();
      label = tickLabel(axis, value, format);
      labels.set(value, label);
    }
    return label;
  };
}

export function chartOptions(vm: ChartViewModel, format: NumberFormat): ChartOptions<MixedType> {
  const axis = vm.valueAxis;
  // The family of the chart's language (a partial font: size and weight stay chart.js's defaults).
  const font = { family: chartFontFamily(format.language) };
  const value = {
    type: 'linear' as const,
    stacked: axis.stacked,
    min: axis.min,
    max: axis.max,
    title: { display: true, text: axis.title, font },
    ticks: { callback: memoisedTickLabel(axis, format), font },
  };
  const category = {
    type: 'category' as const,
    stacked: axis.stacked,
    title: { display: true, text: vm.categoryTitle, font },
    // The pyramid reads from the youngest at the bottom to the oldest at the top.
    reverse: vm.horizontal === true,
    grid: { display: false },
    // Years stay horizontal; chart.js skips some labels on a narrow chart instead of tilting them.
    ticks: { maxRotation: 0, autoSkipPadding: 6, font },
  };
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: { duration: 250 },
    indexAxis: vm.horizontal ? 'y' : 'x',
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: {
        position: 'bottom',
        // In series order (bars, lines, then targets), not in drawing order.
        labels: {
          font, usePointStyle: true, boxWidth: 14, boxHeight: 10, padding: 10, sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          filter: (item, data) => !isBand(data.datasets[item.datasetIndex ?? -1]),
        },
      },
      tooltip: {
        filter: (item) => !isBand(item.dataset),
        titleFont: font,
        bodyFont: font,
        callbacks: {
          label: (item: TooltipItem<MixedType>) => {
            const raw = vm.horizontal ? item.parsed.x : item.parsed.y;
            return raw === null || raw === undefined ? '' : `${item.dataset.label ?? ''}: ${vm.formatValue(raw)}`;
          },
        },
      },
    },
    scales: vm.horizontal ? { x: value, y: category } : { x: category, y: value },
  };
}
