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

/** A 2D context that accepts every call; text is 7 px per character. */
function stubCanvas() {
  const state: Record<string | symbol, unknown> = {};
  const context = new Proxy(state, {
    get: (target, prop) => (prop in target ? target[prop] : prop === 'measureText' ? (text: string) => ({ width: 7 * String(text).length }) : () => undefined),
    set: (target, prop, value) => ((target[prop] = value), true),
  });
  const canvas = { width: 600, height: 300, style: {}, getContext: () => context };
  state.canvas = canvas;
  return canvas;
}

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
