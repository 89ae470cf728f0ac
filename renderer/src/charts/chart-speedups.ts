/**
 * Caches for a few of chart.js's hot paths, installed once with the charts (chart-setup.ts).
 *
 * chart.js resolves the tick font afresh for every tick, three times per update (measuring the
 * labels for auto-skip, for the axis size, and drawing them), each time through its scriptable-option
 * proxies: about a quarter of an update of the app's charts. The app's tick fonts are plain objects
 * (chart-config.ts: `{ family }` over the defaults), the same for every tick of an axis, so the font
 * is resolved once per axis and update: the cache is keyed by the axis's resolved options, which
 * chart.js makes anew on every update that may change them (all but an update of values only,
 * values-only-update.ts), so a changed font or language is never served stale. An axis whose font
 * option is a function or holds one (scriptable per tick) keeps chart.js's own resolution.
 *
 * The same holds for the grid line's width at a bar's base, and for the bar controller's list of axes
 * (below).
 */
import { BarController, Chart, Scale } from 'chart.js';

type FontResolver = (this: Scale, index: number) => unknown;
type WithFont = { _resolveTickFontOptions?: FontResolver };

let installed = false;

/** Whether the axis's own font option (as written, before resolution) is a function or holds one. */
function perTickFont(scale: Scale): boolean {
  const scales = (scale.chart.config.options as { scales?: Record<string, { ticks?: { font?: unknown } }> } | undefined)?.scales;
  const font = scales?.[scale.id]?.ticks?.font;
  return typeof font === 'function' || (typeof font === 'object' && font !== null && Object.values(font).some((v) => typeof v === 'function'));
}

/**
 * Whether the grid's line width may differ from tick to tick (a function or an array), in the axis's
 * own options or the defaults: then chart.js resolves it per tick as always.
 */
function perTickGridWidth(scale: Scale): boolean {
  const scales = (scale.chart.config.options as { scales?: Record<string, { grid?: { lineWidth?: unknown } }> } | undefined)?.scales;
  const own = scales?.[scale.id]?.grid?.lineWidth;
  const base = (Chart.defaults.scale as { grid?: { lineWidth?: unknown } }).grid?.lineWidth;
  return [own, base].some((w) => typeof w === 'function' || Array.isArray(w));
}

/**
 * A bar's value pixels ask the value axis for the grid line's width at the bar's base (a tick there
 * thins the bar by half of it), resolving the grid options with a new context for every bar. With a
 * width that is the same for every tick, it is resolved once per axis and update (keyed, like the tick
 * font, by the axis's resolved options).
 */
function installGridWidthCache(): void {
  type WithWidth = { getLineWidthForValue?: (this: Scale, value: number) => number };
  const proto = Scale.prototype as unknown as WithWidth;
  const resolve = proto.getLineWidthForValue;
  if (typeof resolve !== 'function') return;
  const widths = new WeakMap<object, number>();
  proto.getLineWidthForValue = function cachedGridWidth(this: Scale, value: number) {
    if (perTickGridWidth(this)) return resolve.call(this, value);
    // No tick at this value: no line (chart.js's answer too, whatever the options).
    if (!this.ticks.some((tick) => tick.value === value)) return 0;
    // At a tick: the width, or 0 for an axis or grid not shown; both fixed for the resolved options.
    return keptFor(widths, this.options, () => resolve.call(this, value));
  };
}

/**
 * A bar controller lists the index axes of all the chart's datasets twice for every bar it places,
 * reading the chart's options once per dataset each time. The list is the same throughout an update:
 * it is kept per controller for the update (keyed by the chart's resolved options, made anew by each).
 */
function installBarAxesCache(): void {
  type WithAxes = { _getAxis?: (this: BarController) => string[] };
  const proto = BarController.prototype as unknown as WithAxes;
  const list = proto._getAxis;
  if (typeof list !== 'function') return;
  const kept = new WeakMap<object, { update: unknown; axes: string[] }>();
  proto._getAxis = function cachedAxes(this: BarController) {
    const update = (this.chart as unknown as { _options?: unknown })._options;
    const last = kept.get(this);
    if (last && update !== undefined && last.update === update) return last.axes;
    const axes = list.call(this);
    kept.set(this, { update, axes });
    return axes;
  };
}

/**
 * The value kept for an axis's resolved options, computed on the first ask. chart.js makes the resolved
 * options anew on every update, so a value is never served across an update that could change it.
 */
function keptFor<T>(kept: WeakMap<object, T>, options: object, compute: () => T): T {
  let value = kept.get(options);
  if (value === undefined) {
    value = compute();
    kept.set(options, value);
  }
  return value;
}

export function installChartSpeedups(): void {
  if (installed) return;
  const proto = Scale.prototype as unknown as WithFont;
  const resolve = proto._resolveTickFontOptions;
  // A chart.js without this private method (another major version) is left alone.
  if (typeof resolve !== 'function') return;
  installed = true;
  installGridWidthCache();
  installBarAxesCache();
  const fonts = new WeakMap<object, unknown>();
  proto._resolveTickFontOptions = function cachedTickFont(this: Scale, index: number) {
    if (perTickFont(this)) return resolve.call(this, index);
    return keptFor(fonts, this.options, () => resolve.call(this, index));
  };
}
