/**
 * An update marked as changing values only ends where chart.js's own update ends — the same scales,
 * ticks, element positions and legend (its fit kept: legend-fit-cache.ts) — while keeping the options it resolved (no cache growing by an entry
 * per update); an unmarked update, new options, or options changed in place get chart.js's own.
 * Charts are made in Node on a stub canvas (chart.js's basic platform): nothing is drawn, but scales,
 * ticks, elements and options are real.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Chart } from 'chart.js';
import { chartData, chartOptions, type MixedData } from '../../../renderer/src/charts/chart-config';
import { setUpCharts } from '../../../renderer/src/charts/chart-setup';
import type { ChartViewModel } from '../../../renderer/src/charts/chart-view-model';
import { markValuesOnlyUpdate, requireFullUpdate } from '../../../renderer/src/charts/values-only-update';
import { numberFormat } from '../../../src/format';
import { stubCanvas } from '../../helpers/stub-canvas';

const vm = (scale: number): ChartViewModel => ({
  key: 'k', title: 't', description: 'd', labels: ['2020', '2021', '2022', '2023', '2024', '2025'], categoryTitle: '年份',
  valueAxis: { title: '人口（万人）', divisor: 10_000, decimals: 0, stacked: true, min: 0 },
  series: [
    { key: 'a', label: 'A', kind: 'bar', stack: 's', color: '#123456', data: [800_000, 820_000, 850_000, 870_000, 900_000, 950_000].map((v) => v * scale) },
    { key: 'b', label: 'B', kind: 'line', color: '#654321', dashed: true, data: [700_000, 710_000, 720_000, 730_000, 740_000, 750_000].map((v) => v * scale) },
  ],
  formatValue: String,
});

type Internals = { config: { _resolverCache: Map<unknown, unknown> } };

function makeChart(data: MixedData) {
  const options = { ...chartOptions(vm(1), numberFormat('zh-CN')), responsive: false, animation: false };
  return new Chart(stubCanvas() as unknown as HTMLCanvasElement, { type: 'bar', data, options: options as never });
}

/** Sets `chart`'s values to `data`'s as react-chartjs-2 does (in place), then updates it. */
function setValues(chart: Chart, data: MixedData, valuesOnly: boolean) {
  data.datasets.forEach((d, i) => Object.assign(chart.data.datasets[i], d));
  if (valuesOnly) markValuesOnlyUpdate(chart);
  chart.update('none');
}

type LegendState = { left: number; top: number; width: number; height: number; legendHitBoxes: object[]; legendItems: { text: string }[] };

/** What a chart shows: every scale's range and tick labels, every element's position, the legend's place and items. */
function drawn(chart: Chart) {
  const legend = (chart as unknown as { legend: LegendState }).legend;
  return {
    legend: { box: [legend.left, legend.top, legend.width, legend.height], hitBoxes: legend.legendHitBoxes, items: legend.legendItems.map((i) => i.text) },
    scales: Object.values(chart.scales).map((s) => ({ id: s.id, min: s.min, max: s.max, box: [s.left, s.top, s.right, s.bottom], ticks: s.ticks.map((t) => t.label) })),
    area: { ...chart.chartArea },
    elements: chart.getSortedVisibleDatasetMetas().map((m) => m.data.map((e) => [e.x, e.y])),
  };
}

describe('values-only update', () => {
  beforeAll(() => setUpCharts());

  it('ends as chart.js’s own update does, across ranges that change the axis, without growing chart.js’s caches', () => {
    const fast = makeChart(chartData(vm(1)));
    const full = makeChart(chartData(vm(1)));
    const cacheSize = () => (fast as unknown as Internals).config._resolverCache.size;
    setValues(fast, chartData(vm(1.01)), true);
    const settled = cacheSize();
    for (const scale of [1.02, 1.5, 0.3, 3, 1]) {
      setValues(fast, chartData(vm(scale)), true);
      setValues(full, chartData(vm(scale)), false);
      expect(drawn(fast)).toEqual(drawn(full));
    }
    expect(cacheSize()).toBeLessThanOrEqual(settled + 1);
    // The resolved options were kept (chart.js's own update resolves them afresh).
    const resolved = fast.scales.y.options;
    setValues(fast, chartData(vm(2)), true);
    expect(fast.scales.y.options).toBe(resolved);
    setValues(fast, chartData(vm(2.1)), false);
    expect(fast.scales.y.options).not.toBe(resolved);
    fast.destroy();
    full.destroy();
  });

  it('takes new options and options changed in place (requireFullUpdate) even when marked', () => {
    const chart = makeChart(chartData(vm(1)));
    const options = { ...chartOptions(vm(1), numberFormat('zh-CN')), responsive: false, animation: false };
    (options.scales!.y as { max?: number }).max = 5_000_000;
    chart.options = options as never;
    setValues(chart, chartData(vm(1)), true);
    expect(chart.scales.y.max).toBe(5_000_000);

    (chart.options.scales!.y as { max?: number }).max = 3_000_000;
    requireFullUpdate(chart);
    setValues(chart, chartData(vm(1.1)), true);
    expect(chart.scales.y.max).toBe(3_000_000);
    chart.destroy();
  });
});
