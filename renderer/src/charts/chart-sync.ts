/**
 * Change detection for chart data. A view-model is made afresh on every model run, so every chart's
 * `data` is a new object on every lever move, although most charts show the same numbers (a norm
 * slider moves only the services chart). react-chartjs-2 updates a chart whenever `data.labels` or
 * `data.datasets` is a new reference, and chart.js then redraws every dataset of it; keeping the
 * previous references when the values are equal spares the unchanged charts all of that work.
 */
import type { KeyedDataset, MixedData } from './chart-config';

type Values = readonly unknown[];

function sameValues(a: Values, b: Values): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/**
 * Same keys, and each value the same (arrays compared element by element: data, dash patterns),
 * except `data` when `values` is false.
 */
function sameDataset(a: KeyedDataset, b: KeyedDataset, values = true): boolean {
  if (a === b) return true;
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys) {
    if (!values && key === 'data') continue;
    const u = x[key];
    const v = y[key];
    if (Object.is(u, v)) continue;
    if (!(key in y) || !Array.isArray(u) || !Array.isArray(v) || !sameValues(u, v)) return false;
  }
  return true;
}

function sameDatasets(a: readonly KeyedDataset[], b: readonly KeyedDataset[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDataset(a[i], b[i])) return false;
  return true;
}

/**
 * `next`, with the labels and datasets of `previous` kept (same references) where they are equal in
 * value; `previous` itself if nothing differs. What is passed to react-chartjs-2, which then updates
 * the chart only when something did change.
 */
export function stableData(previous: MixedData, next: MixedData): MixedData {
  if (previous === next) return previous;
  const labels = sameValues(previous.labels ?? [], next.labels ?? []) ? previous.labels : next.labels;
  const datasets = sameDatasets(previous.datasets, next.datasets) ? previous.datasets : next.datasets;
  if (labels === previous.labels && datasets === previous.datasets) return previous;
  if (labels === next.labels && datasets === next.datasets) return next;
  return { ...next, labels, datasets };
}

/**
 * Whether going from `previous` to `next` changes only values: the same labels, the same datasets in
 * the same order with the same labels and styles, only their `data` differing. Then chart.js may keep
 * the options it resolved for the chart (values-only-update.ts).
 */
export function changesValuesOnly(previous: MixedData, next: MixedData): boolean {
  if (previous === next) return false;
  if (!sameValues(previous.labels ?? [], next.labels ?? [])) return false;
  const a = previous.datasets;
  const b = next.datasets;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDataset(a[i], b[i], false)) return false;
  return true;
}
