/**
 * The tick-font cache gives, for every tick of every axis, the font chart.js itself resolves; a
 * scriptable (per-tick) font keeps chart.js's own resolution. Charts are made in Node on a stub canvas
 * (chart.js's basic platform): nothing is drawn, but scales, ticks and options are real.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { Chart, type Scale } from 'chart.js';
import { toFont } from 'chart.js/helpers';
import { chartData, chartOptions } from '../../../renderer/src/charts/chart-config';
import { setUpCharts } from '../../../renderer/src/charts/chart-setup';
import type { ChartViewModel } from '../../../renderer/src/charts/chart-view-model';
import { numberFormat } from '../../../src/format';
import { stubCanvas } from '../../helpers/stub-canvas';

const vm: ChartViewModel = {
  key: 'k', title: 't', description: 'd', labels: ['2020', '2021', '2022', '2023', '2024', '2025'], categoryTitle: '年份',
  valueAxis: { title: '人口（万人）', divisor: 10_000, decimals: 0, stacked: true, min: 0 },
  series: [{ key: 'a', label: 'A', kind: 'bar', stack: 's', color: '#123456', data: [800_000, 820_000, 850_000, 870_000, 900_000, 950_000] }],
  formatValue: String,
};

type Resolving = Scale & { _resolveTickFontOptions(index: number): ReturnType<typeof toFont> };
/** chart.js's own resolution of a tick's font (what the cache replaces). */
const ownFont = (scale: Scale, index: number) => {
  const own = scale as unknown as { options: { ticks: { setContext(c: object): { font: object } } }; getContext(i: number): object };
  return toFont(own.options.ticks.setContext(own.getContext(index)).font);
};

function makeChart(options = chartOptions(vm, numberFormat('zh-CN'))) {
  return new Chart(stubCanvas() as unknown as HTMLCanvasElement, { type: 'bar', data: chartData(vm), options: { ...options, responsive: false, animation: false } as never });
}

describe('tick-font cache', () => {
  beforeAll(() => setUpCharts());

  it('answers every tick of every axis with chart.js’s own font, and follows a new font after an update', () => {
    const chart = makeChart();
    for (const scale of Object.values(chart.scales) as Resolving[]) {
      expect(scale.ticks.length).toBeGreaterThan(2);
      scale.ticks.forEach((_, i) => expect(scale._resolveTickFontOptions(i)).toEqual(ownFont(scale, i)));
    }
    const options = chartOptions(vm, numberFormat('en'));
    (options.scales!.x as { ticks: { font: object } }).ticks.font = { family: 'serif', size: 17 };
    chart.options = options as never;
    chart.update('none');
    const x = chart.scales.x as Resolving;
    expect(x._resolveTickFontOptions(0).size).toBe(17);
    expect(x._resolveTickFontOptions(0)).toEqual(ownFont(x, 0));
    chart.destroy();
  });

  it('leaves a per-tick (scriptable) font to chart.js', () => {
    const options = chartOptions(vm, numberFormat('zh-CN'));
    (options.scales!.x as { ticks: { font: unknown } }).ticks.font = (context: { index: number }) => ({ size: 10 + context.index });
    const chart = makeChart(options);
    const x = chart.scales.x as Resolving;
    expect(x.ticks.length).toBeGreaterThan(2);
    expect(x.ticks.map((_, i) => x._resolveTickFontOptions(i).size)).toEqual(x.ticks.map((_, i) => 10 + i));
    chart.destroy();
  });
});

/** chart.js's own answer for the grid line's width at `value` (what the cache replaces). */
const ownGridWidth = (scale: Scale, value: number) => {
  const own = scale as unknown as { ticks: { value: number }[]; options: { grid: { display: boolean; setContext(c: object): { lineWidth: number } } }; getContext(i: number): object };
  const index = own.ticks.findIndex((t) => t.value === value);
  return index < 0 || !own.options.grid.display ? 0 : own.options.grid.setContext(own.getContext(index)).lineWidth;
};
type WithGridWidth = Scale & { getLineWidthForValue(value: number): number };

describe('grid-width and bar-axes caches', () => {
  beforeAll(() => setUpCharts());

  it('answers the grid width at every tick and between ticks as chart.js does, and follows a new width', () => {
    const chart = makeChart();
    const y = chart.scales.y as WithGridWidth;
    const values = [...y.ticks.map((t) => t.value), y.ticks[0].value + 1, -5];
    expect(values.map((v) => y.getLineWidthForValue(v))).toEqual(values.map((v) => ownGridWidth(y, v)));
    expect(y.getLineWidthForValue(y.ticks[0].value)).toBeGreaterThan(0);
    const options = chartOptions(vm, numberFormat('zh-CN'));
    (options.scales!.y as { grid?: object }).grid = { lineWidth: 3 };
    chart.options = { ...options, responsive: false, animation: false } as never;
    chart.update('none');
    const y2 = chart.scales.y as WithGridWidth;
    expect(y2.getLineWidthForValue(y2.ticks[1].value)).toBe(3);
    // The x axis draws no grid (chart-config.ts): no width at its ticks.
    expect((chart.scales.x as WithGridWidth).getLineWidthForValue(0)).toBe(0);
    chart.destroy();
  });

  it('leaves a per-tick (scriptable) grid width to chart.js', () => {
    const options = chartOptions(vm, numberFormat('zh-CN'));
    (options.scales!.y as { grid?: object }).grid = { lineWidth: (context: { index: number }) => 1 + context.index };
    const chart = makeChart(options);
    const y = chart.scales.y as WithGridWidth;
    expect(y.ticks.map((t) => y.getLineWidthForValue(t.value))).toEqual(y.ticks.map((_, i) => 1 + i));
    chart.destroy();
  });

  it('lists the bars’ index axes as chart.js does, afresh after each update', () => {
    const chart = makeChart();
    const controller = chart.getDatasetMeta(0).controller as unknown as { _getAxis(): string[] };
    const first = controller._getAxis();
    expect(first).toEqual(['x']);
    expect(controller._getAxis()).toBe(first);
    const options = chartOptions({ ...vm, horizontal: true }, numberFormat('zh-CN'));
    chart.options = { ...options, responsive: false, animation: false } as never;
    chart.update('none');
    expect(controller._getAxis()).toEqual(['y']);
    expect(chart.getDatasetMeta(0).data.every((bar) => Number.isFinite(bar.y) && (bar as unknown as { height: number }).height > 0)).toBe(true);
    chart.destroy();
  });
});
