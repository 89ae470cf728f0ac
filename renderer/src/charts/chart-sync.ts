/**
 * Brings a live chart's data up to a new view-model's, touching only what changed: chart.js redraws
 * every dataset of a chart on each update, so the saving is in not updating at all when nothing
 * changed (a norm slider moves only the services chart) and in keeping chart.js's own arrays and
 * dataset objects (no re-parsing of unchanged configuration, no garbage per move).
 */
import type { KeyedDataset, MixedData } from './chart-config';

type Values = readonly unknown[];

function sameValues(a: Values, b: Values): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
  return true;
}

/** Writes `next` into `target` (same array object, which chart.js listens to) when they differ. */
function syncValues(target: unknown[], next: Values): boolean {
  if (sameValues(target, next)) return false;
  target.length = next.length;
  for (let i = 0; i < next.length; i++) target[i] = next[i];
  return true;
}

/** A chart's own copy of a dataset: arrays copied so the view-model's are never mutated later. */
export function copyDataset(dataset: KeyedDataset): KeyedDataset {
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(dataset)) copy[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  return copy as unknown as KeyedDataset;
}

/** A chart's own copy of data (see copyDataset). */
export function copyData(data: MixedData): MixedData {
  return { ...data, labels: data.labels ? [...data.labels] : [], datasets: (data.datasets as KeyedDataset[]).map(copyDataset) };
}

/** Updates one dataset in place; true if anything changed. */
function syncDataset(target: KeyedDataset, next: KeyedDataset): boolean {
  const t = target as unknown as Record<string, unknown>;
  const n = next as unknown as Record<string, unknown>;
  let changed = false;
  for (const key of Object.keys(t)) {
    if (!(key in n)) {
      delete t[key];
      changed = true;
    }
  }
  for (const [key, value] of Object.entries(n)) {
    const current = t[key];
    if (Array.isArray(value) && Array.isArray(current)) {
      changed = syncValues(current, value) || changed;
    } else if (!Object.is(current, value)) {
      t[key] = Array.isArray(value) ? [...value] : value;
      changed = true;
    }
  }
  return changed;
}

/**
 * Makes `target` (a live chart's `chart.data`) equal to `next`: labels and each dataset's values are
 * written into the existing arrays, datasets are matched by `id`, new ones are copied in and missing
 * ones dropped. Returns whether anything changed (whether the chart needs an update).
 */
export function syncChartData(target: MixedData, next: MixedData): boolean {
  let changed = false;
  const labels = (target.labels ??= []);
  changed = syncValues(labels as unknown[], next.labels ?? []) || changed;
  const byId = new Map((target.datasets as KeyedDataset[]).map((d) => [d.id, d]));
  const datasets = (next.datasets as KeyedDataset[]).map((dataset) => {
    const current = byId.get(dataset.id);
    if (!current) {
      changed = true;
      return copyDataset(dataset);
    }
    byId.delete(dataset.id);
    changed = syncDataset(current, dataset) || changed;
    return current;
  });
  if (byId.size > 0 || datasets.some((d, i) => d !== target.datasets[i])) {
    target.datasets = datasets;
    changed = true;
  }
  return changed;
}
