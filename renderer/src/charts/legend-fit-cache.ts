/**
 * The legend's size and item boxes kept through an update of values only (values-only-update.ts).
 * chart.js fits the legend on every update — measuring every item's text and laying out its rows —
 * although its items depend only on the datasets' labels and styles, which such an update leaves as
 * they were. When it is given the same space as at its last fit, with the same options, the result of
 * that fit is put back; chart.js still rebuilds the items and places the boxes after the layout.
 */
import { Legend, type Chart } from 'chart.js';

type HitBox = Record<string, number>;
interface LegendBox {
  chart: Chart;
  options: unknown;
  maxWidth: number;
  maxHeight: number;
  _margins: unknown;
  width: number;
  height: number;
  lineWidths: unknown;
  columnSizes: unknown;
  legendHitBoxes: HitBox[];
  setDimensions(): void;
  update(maxWidth: number, maxHeight: number, margins: Record<string, number> | undefined): void;
}
interface Fit {
  key: string;
  options: unknown;
  width: number;
  height: number;
  lineWidths: unknown;
  columnSizes: unknown;
  /** As fit() left them, before chart.js moves them to the legend's place (adjustHitBoxes). */
  hitBoxes: HitBox[];
}

const fits = new WeakMap<LegendBox, Fit>();

/** Installs the cache (once); `valuesOnly` says whether a chart is in an update of values only. */
export function installLegendFitCache(valuesOnly: (chart: Chart) => boolean): void {
  const proto = (Legend as unknown as { _element?: { prototype: LegendBox } })._element?.prototype;
  // A chart.js whose legend is made differently is left alone.
  if (!proto || typeof proto.update !== 'function' || typeof proto.setDimensions !== 'function') return;
  const update = proto.update;
  proto.update = function keptFit(this: LegendBox, maxWidth, maxHeight, margins) {
    // fit() reads the space given, not the margins (they only place the legend: setDimensions).
    const key = `${maxWidth},${maxHeight}`;
    const kept = fits.get(this);
    if (kept && kept.key === key && kept.options === this.options && valuesOnly(this.chart)) {
      // What update() would leave: the space given, the dimensions it sets, then fit()'s results.
      this.maxWidth = maxWidth;
      this.maxHeight = maxHeight;
      this._margins = margins;
      this.setDimensions();
      this.width = kept.width;
      this.height = kept.height;
      this.lineWidths = kept.lineWidths;
      this.columnSizes = kept.columnSizes;
      this.legendHitBoxes = kept.hitBoxes.map((box) => ({ ...box }));
      return;
    }
    update.call(this, maxWidth, maxHeight, margins);
    fits.set(this, {
      key,
      options: this.options,
      width: this.width,
      height: this.height,
      lineWidths: this.lineWidths,
      columnSizes: this.columnSizes,
      hitBoxes: (this.legendHitBoxes ?? []).map((box) => ({ ...box })),
    });
  };
}
