/** A live chart's data follows new view-models in place, and says when nothing changed (no update). */
import { describe, expect, it } from 'vitest';
import { chartData, type KeyedDataset, type MixedData } from '../../../renderer/src/charts/chart-config';
import { copyData, syncChartData } from '../../../renderer/src/charts/chart-sync';
import type { ChartViewModel, Series } from '../../../renderer/src/charts/chart-view-model';

const vm = (series: Series[], labels = ['2020', '2021', '2022']): ChartViewModel => ({
  key: 'k', title: 't', description: 'd', labels, categoryTitle: 'y',
  valueAxis: { title: 'v', divisor: 1, decimals: 0, stacked: true },
  series,
  formatValue: String,
});
const bar = (key: string, data: (number | null)[], color = '#112233'): Series => ({ key, label: key.toUpperCase(), kind: 'bar', stack: 's', color, data });
const byId = (data: MixedData) => new Map((data.datasets as KeyedDataset[]).map((d) => [d.id, d]));

describe('syncChartData', () => {
  it('reports no change for equal data made afresh, and leaves every object as it was', () => {
    const live = copyData(chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, null])])));
    const before = { labels: live.labels, datasets: live.datasets, a: live.datasets[0], aData: live.datasets[0].data };
    expect(syncChartData(live, chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, null])])))).toBe(false);
    expect(live.labels).toBe(before.labels);
    expect(live.datasets).toBe(before.datasets);
    expect(live.datasets[0]).toBe(before.a);
    expect(live.datasets[0].data).toBe(before.aData);
  });

  it('writes changed values into the same arrays and dataset objects (chart.js keeps its listeners)', () => {
    const live = copyData(chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, 6])])));
    const a = live.datasets[0];
    const aData = a.data;
    const bData = live.datasets[1].data;
    const next = chartData(vm([bar('a', [1, 2, 7]), bar('b', [4, 5, 6])]));
    expect(syncChartData(live, next)).toBe(true);
    expect(live.datasets[0]).toBe(a);
    expect(a.data).toBe(aData);
    expect(aData).toEqual([1, 2, 7]);
    expect(live.datasets[1].data).toBe(bData);
    // The view-model's arrays are never the chart's: a later change cannot reach back into them.
    expect(a.data).not.toBe(next.datasets[0].data);
  });

  it('follows new labels, a new colour and a longer series', () => {
    const live = copyData(chartData(vm([bar('a', [1, 2, 3])])));
    const labels = live.labels;
    expect(syncChartData(live, chartData(vm([bar('a', [1, 2, 3, 4], '#445566')], ['2020', '2021', '2022', '2023'])))).toBe(true);
    expect(live.labels).toBe(labels);
    expect(live.labels).toEqual(['2020', '2021', '2022', '2023']);
    expect(live.datasets[0].data).toEqual([1, 2, 3, 4]);
    expect((live.datasets[0] as { backgroundColor?: string }).backgroundColor).toBe('#445566');
  });

  it('adds, drops and reorders datasets by id, keeping the objects of those that stay', () => {
    const live = copyData(chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, 6])])));
    const b = byId(live).get('b');
    expect(syncChartData(live, chartData(vm([bar('c', [7, 8, 9]), bar('b', [4, 5, 6])])))).toBe(true);
    expect((live.datasets as KeyedDataset[]).map((d) => d.id)).toEqual(['c', 'b']);
    expect(byId(live).get('b')).toBe(b);
    expect(live.datasets[0].data).toEqual([7, 8, 9]);
  });

  it('drops a property the new dataset no longer has', () => {
    const live = copyData({ labels: ['x'], datasets: [{ id: 'a', data: [1], label: 'A', hidden: true } as KeyedDataset] });
    expect(syncChartData(live, { labels: ['x'], datasets: [{ id: 'a', data: [1], label: 'A' } as KeyedDataset] })).toBe(true);
    expect('hidden' in live.datasets[0]).toBe(false);
  });
});
