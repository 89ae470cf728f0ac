/** Dashed series keep their dash in the legend: their legend key is a dashed stroke in their colour. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartData, DASH } from '../../../renderer/src/charts/chart-config';
import type { ChartViewModel } from '../../../renderer/src/charts/chart-view-model';

const vm = (dashed: boolean): ChartViewModel => ({
  key: 'k', title: 't', description: 'd', labels: ['2020', '2021'], categoryTitle: 'y',
  valueAxis: { title: 'v', divisor: 1, decimals: 0, stacked: false },
  series: [{ key: 's', label: 'S', kind: 'line', color: '#123456', dashed, data: [1, 2] }],
  formatValue: String,
});

describe('legend keys of line series', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws a dashed series’ key dashed, in its colour; a solid one keeps the plain line key', () => {
    const calls: { dash?: number[]; stroke?: string; stroked: boolean } = { stroked: false };
    const context = {
      set strokeStyle(v: string) { calls.stroke = v; },
      lineWidth: 0,
      setLineDash: (d: number[]) => { calls.dash = d; },
      beginPath() {}, moveTo() {}, lineTo() {},
      stroke: () => { calls.stroked = true; },
    };
    const canvas = { width: 0, height: 0, getContext: () => context };
    vi.stubGlobal('document', { createElement: (tag: string) => (tag === 'canvas' ? canvas : null) });
    const dashed = chartData(vm(true)).datasets[0] as { pointStyle?: unknown; borderDash?: number[] };
    expect(dashed.pointStyle).toBe(canvas);
    expect(dashed.borderDash).toEqual(DASH);
    expect(calls).toEqual({ dash: DASH, stroke: '#123456', stroked: true });
    expect((chartData(vm(false)).datasets[0] as { pointStyle?: unknown }).pointStyle).toBe('line');
  });
});
