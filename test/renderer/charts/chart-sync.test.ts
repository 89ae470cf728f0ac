/**
 * Data passed on to react-chartjs-2 keeps its previous references where the values are equal, so an
 * unchanged chart is not updated when its view-model is made afresh; a change of values only (same
 * labels, datasets and styles) is told apart from any other.
 */
import { describe, expect, it } from 'vitest';
import { chartData, type KeyedDataset } from '../../../renderer/src/charts/chart-config';
import { changesValuesOnly, stableData } from '../../../renderer/src/charts/chart-sync';
import type { ChartViewModel, Series } from '../../../renderer/src/charts/chart-view-model';

const vm = (series: Series[], labels = ['2020', '2021', '2022']): ChartViewModel => ({
  key: 'k', title: 't', description: 'd', labels, categoryTitle: 'y',
  valueAxis: { title: 'v', divisor: 1, decimals: 0, stacked: true },
  series,
  formatValue: String,
});
const bar = (key: string, data: (number | null)[], color = '#112233'): Series => ({ key, label: key.toUpperCase(), kind: 'bar', stack: 's', color, data });
const line = (key: string, data: (number | null)[]): Series => ({ key, label: key, kind: 'line', color: '#445566', data });

describe('stableData', () => {
  it('returns the previous data for equal data made afresh (new arrays, new dash patterns)', () => {
    const previous = chartData(vm([bar('a', [1, 2, 3]), line('b', [4, 5, null])]));
    const next = chartData(vm([bar('a', [1, 2, 3]), line('b', [4, 5, null])]));
    expect(next.datasets[1].data).not.toBe(previous.datasets[1].data);
    expect(stableData(previous, next)).toBe(previous);
  });

  it('passes new datasets on when one value changed, keeping the equal labels', () => {
    const previous = chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, 6])]));
    const next = chartData(vm([bar('a', [1, 2, 7]), bar('b', [4, 5, 6])], ['2020', '2021', '2022']));
    const result = stableData(previous, next);
    expect(result.datasets).toBe(next.datasets);
    expect(result.labels).toBe(previous.labels);
    expect(result.datasets[0].data).toEqual([1, 2, 7]);
  });

  it('passes new labels on and keeps the equal datasets', () => {
    const previous = chartData(vm([bar('a', [1, 2, 3])]));
    const next = chartData(vm([bar('a', [1, 2, 3])], ['2021', '2022', '2023']));
    const result = stableData(previous, next);
    expect(result.labels).toEqual(['2021', '2022', '2023']);
    expect(result.datasets).toBe(previous.datasets);
  });

  it('returns the new data when both differ: a new colour, a longer series', () => {
    const previous = chartData(vm([bar('a', [1, 2, 3])]));
    const next = chartData(vm([bar('a', [1, 2, 3, 4], '#445566')], ['2020', '2021', '2022', '2023']));
    expect(stableData(previous, next)).toBe(next);
  });

  it('sees a dataset added, dropped or reordered, and a property gone', () => {
    const previous = chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, 6])]));
    expect(stableData(previous, chartData(vm([bar('b', [4, 5, 6]), bar('a', [1, 2, 3])]))).datasets).not.toBe(previous.datasets);
    expect(stableData(previous, chartData(vm([bar('a', [1, 2, 3])]))).datasets).toHaveLength(1);
    const hidden = { labels: ['x'], datasets: [{ id: 'a', data: [1], label: 'A', hidden: true } as KeyedDataset] };
    const shown = { labels: ['x'], datasets: [{ id: 'a', data: [1], label: 'A' } as KeyedDataset] };
    expect(stableData(hidden, shown).datasets).toBe(shown.datasets);
  });
});

describe('changesValuesOnly', () => {
  it('is true when only data values differ (datasets and dash patterns made afresh)', () => {
    const previous = chartData(vm([bar('a', [1, 2, 3]), line('b', [4, 5, null])]));
    const next = chartData(vm([bar('a', [1, 2, 9]), line('b', [4, 5, 6])]));
    expect(changesValuesOnly(previous, next)).toBe(true);
  });

  it('is false for the same data, new labels, a new colour or label, a dataset added, dropped or reordered, a property gone', () => {
    const previous = chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, 6])]));
    expect(changesValuesOnly(previous, previous)).toBe(false);
    expect(changesValuesOnly(previous, chartData(vm([bar('a', [1, 2, 3]), bar('b', [4, 5, 6])], ['2021', '2022', '2023'])))).toBe(false);
    expect(changesValuesOnly(previous, chartData(vm([bar('a', [1, 2, 4], '#000000'), bar('b', [4, 5, 6])])))).toBe(false);
    const relabelled = chartData(vm([bar('a', [1, 2, 4]), bar('b', [4, 5, 6])]));
    relabelled.datasets[0].label = 'other';
    expect(changesValuesOnly(previous, relabelled)).toBe(false);
    expect(changesValuesOnly(previous, chartData(vm([bar('a', [1, 2, 4])])))).toBe(false);
    expect(changesValuesOnly(previous, chartData(vm([bar('b', [4, 5, 6]), bar('a', [1, 2, 4])])))).toBe(false);
    const hidden = { labels: ['x'], datasets: [{ id: 'a', data: [1], label: 'A', hidden: true } as KeyedDataset] };
    const shown = { labels: ['x'], datasets: [{ id: 'a', data: [2], label: 'A' } as KeyedDataset] };
    expect(changesValuesOnly(hidden, shown)).toBe(false);
  });
});
