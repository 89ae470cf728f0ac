/**
 * A cache for one of chart.js's hot paths, installed once with the charts (chart-setup.ts).
 *
 * chart.js resolves the tick font afresh for every tick, three times per update (measuring the
 * labels for auto-skip, for the axis size, and drawing them), each time through its scriptable-option
 * proxies: about a quarter of an update of the app's charts. The app's tick fonts are plain objects
 * (chart-config.ts: `{ family }` over the defaults), the same for every tick of an axis, so the font
 * is resolved once per axis and update: the cache is keyed by the axis's resolved options, which
 * chart.js makes anew on every update, so a changed font or language is never served stale. An axis
 * whose font option is a function or holds one (scriptable per tick) keeps chart.js's own resolution.
 */
import { Scale } from 'chart.js';

type FontResolver = (this: Scale, index: number) => unknown;
type WithFont = { _resolveTickFontOptions?: FontResolver };

let installed = false;

/** Whether the axis's own font option (as written, before resolution) is a function or holds one. */
function perTickFont(scale: Scale): boolean {
  const scales = (scale.chart.config.options as { scales?: Record<string, { ticks?: { font?: unknown } }> } | undefined)?.scales;
  const font = scales?.[scale.id]?.ticks?.font;
  return typeof font === 'function' || (typeof font === 'object' && font !== null && Object.values(font).some((v) => typeof v === 'function'));
}

export function installChartSpeedups(): void {
  if (installed) return;
  const proto = Scale.prototype as unknown as WithFont;
  const resolve = proto._resolveTickFontOptions;
  // A chart.js without this private method (another major version) is left alone.
  if (typeof resolve !== 'function') return;
  installed = true;
  const fonts = new WeakMap<object, unknown>();
  proto._resolveTickFontOptions = function cachedTickFont(this: Scale, index: number) {
    if (perTickFont(this)) return resolve.call(this, index);
    const options = this.options as object;
    let font = fonts.get(options);
    if (font === undefined) {
      font = resolve.call(this, index);
      fonts.set(options, font);
    }
    return font;
  };
}
