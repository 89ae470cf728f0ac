/**
 * A lighter `chart.update()` for the commonest change of all: a lever moved, so a chart's datasets
 * hold new numbers while its options, labels and datasets' styles are what they were.
 *
 * chart.js's update begins by throwing away every option it has resolved (Config.update: the scope
 * and resolver caches cleared, the scale options merged again), then makes its scales and plugin
 * descriptors again from those options, and so resolves every option afresh through its proxies: a
 * third of an update of the app's small charts, all of it to arrive at the options it already had.
 * When the caller knows that only values changed (ChartCanvas, from the data it passes on), it marks
 * the chart, and the next update keeps the resolved options, scales and plugin descriptors; the
 * values are parsed, the scales' ranges and ticks, the layout and the drawing are done as always.
 * The legend's items and size, which depend only on the datasets' labels and styles and the space
 * it is given, are kept too when that space has not changed (legend-fit-cache.ts).
 *
 * Any update not marked (a resize, a legend click, Replay, a new language or unit) is chart.js's own.
 */
import { Chart } from 'chart.js';
import { installLegendFitCache } from './legend-fit-cache';

type UpdateFn = (this: Chart, mode?: unknown) => void;
interface ChartInternals {
  _updateScales?: (this: Chart) => void;
  _plugins?: { invalidate?: () => void };
}
interface ConfigInternals {
  update?: () => void;
  chartOptionScopes?: () => unknown[];
  getOptionScopes?: (mainScope: unknown, keyLists: unknown, resetCache?: boolean) => unknown[];
  options?: unknown;
}

/** Charts whose next update changes values only (set by the caller just before it). */
const marked = new WeakSet<Chart>();
/** Charts whose options were changed in place since their last update: the next one is full. */
const stale = new WeakSet<Chart>();
/** The options object each chart's last full update resolved (a new one needs a full update). */
const resolvedOptions = new WeakMap<Chart, unknown>();
/** Charts in the middle of such an update. */
const updatingValues = new WeakSet<Chart>();
/** Charts whose config and plugins have been wrapped (once per chart). */
const wrapped = new WeakMap<Chart, boolean>();

let installed = false;

/** Says that the next `chart.update()` changes dataset values only; see the file's comment. */
export function markValuesOnlyUpdate(chart: Chart): void {
  if (installed) marked.add(chart);
}

/** Withdraws a mark not used (the update it was meant for did not happen). */
export function unmarkValuesOnlyUpdate(chart: Chart): void {
  marked.delete(chart);
}

/**
 * Says that `chart.options` was changed in place (not through a new options object), so its next
 * update must resolve the options again even if it was marked as changing values only.
 */
export function requireFullUpdate(chart: Chart): void {
  stale.add(chart);
}

/** Whether `chart` is in an update of values only (for the legend's cache). */
export const isUpdatingValuesOnly = (chart: Chart): boolean => updatingValues.has(chart);

/**
 * Wraps, once for `chart`, what an update of values only skips: its Config's update (caches cleared,
 * options merged again) and its plugins' invalidation. False when this chart.js lacks them.
 */
function wrapChart(chart: Chart): boolean {
  const known = wrapped.get(chart);
  if (known !== undefined) return known;
  const config = chart.config as unknown as ConfigInternals;
  const plugins = (chart as unknown as ChartInternals)._plugins;
  const configUpdate = config.update;
  const scopes = config.chartOptionScopes;
  const datasetScopes = config.getOptionScopes;
  const invalidate = plugins?.invalidate;
  const ok = typeof configUpdate === 'function' && typeof scopes === 'function' && typeof datasetScopes === 'function' && typeof invalidate === 'function';
  wrapped.set(chart, ok);
  if (!ok || !plugins) return false;
  config.update = function keepResolvedOptions(this: ConfigInternals) {
    if (!updatingValues.has(chart)) configUpdate.call(this);
  };
  plugins.invalidate = function keepPluginOptions() {
    if (!updatingValues.has(chart)) invalidate.call(plugins);
  };
  // chart.js caches a resolver per scope list, and makes this list afresh on every update (its
  // caches being cleared each time): while they are kept, the same list is handed back, so the
  // cached resolver is found and the cache does not grow by one entry per update.
  let last: unknown[] | null = null;
  config.chartOptionScopes = function sameScopes(this: ConfigInternals) {
    if (updatingValues.has(chart) && last !== null && last[0] === this.options) return last;
    last = scopes.call(this);
    return last;
  };
  // Each dataset's controller asks for its scopes with the cache reset (its dataset may have been
  // changed in place); with values only changed, the cached scopes and their resolvers are right.
  config.getOptionScopes = function cachedScopes(this: ConfigInternals, mainScope, keyLists, resetCache) {
    return datasetScopes.call(this, mainScope, keyLists, resetCache === true && !updatingValues.has(chart));
  };
  return true;
}

/** Installs the lighter update (once; a chart.js without the private methods used is left alone). */
export function installValuesOnlyUpdate(): void {
  if (installed) return;
  const proto = Chart.prototype as unknown as { update: UpdateFn } & ChartInternals;
  const update = proto.update;
  const updateScales = proto._updateScales;
  if (typeof update !== 'function' || typeof updateScales !== 'function') return;
  installed = true;
  proto.update = function updateKeepingOptions(this: Chart, mode?: unknown) {
    const valuesOnly = marked.delete(this);
    const wasStale = stale.delete(this);
    if (wasStale || !valuesOnly || resolvedOptions.get(this) !== this.config.options || !wrapChart(this)) {
      update.call(this, mode);
      resolvedOptions.set(this, this.config.options);
      return;
    }
    updatingValues.add(this);
    try {
      update.call(this, mode);
    } finally {
      updatingValues.delete(this);
    }
  };
  // The scales are kept (with their options); their ranges and ticks are computed in the layout.
  proto._updateScales = function keepScales(this: Chart) {
    if (!updatingValues.has(this)) updateScales.call(this);
  };
  installLegendFitCache(isUpdatingValuesOnly);
}
