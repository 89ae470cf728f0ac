/**
 * The drawing of what does not move when a lever does — the axes' grid, ticks and titles, and the
 * legend — kept as a bitmap, so an update of values only (values-only-update.ts) draws the datasets
 * over a copy of it instead of drawing all of that again (about two thirds of a small chart's
 * drawing: text is the dearest thing a canvas draws).
 *
 * chart.js draws its layers in order of `z`: every layer of the app's charts (scales, legend) has
 * z ≤ 0 and is drawn before the datasets, so the canvas just before the datasets are drawn holds
 * exactly those layers. In an update of values only, that canvas is copied; the next such update
 * whose layout came out the same (canvas size, chart area, every scale's place and ticks, the
 * legend's place) puts the copy back — pixel for pixel what drawing them would give — and skips
 * those layers. Any other update (new options, language, a dataset hidden from the legend, a
 * resize) drops the copy; a layer with z > 0 is always drawn. The copy would also hold anything a
 * plugin drew in `beforeDraw` (drawn again over it): the app's charts have no such plugin.
 */
import type { Chart, Plugin } from 'chart.js';
import { isUpdatingValuesOnly } from './values-only-update';

interface Layer {
  z: number;
  draw(chartArea: unknown): void;
}
interface Kept {
  canvas: HTMLCanvasElement;
  /** The layout the copy was taken with (see layoutKey). */
  key: string;
}
type Box = { left: number; top: number; right: number; bottom: number };
type ScaleLike = Box & { id: string; ticks?: { value: number; label?: unknown }[] };

const kept = new WeakMap<Chart, Kept>();
/** Charts drawing now with their static layers put back from the copy. */
const restored = new WeakSet<Chart>();
/** Charts to copy before their datasets are drawn, with the layout's key. */
const toCopy = new WeakMap<Chart, string>();

const edges = (b: Box) => `${b.left},${b.top},${b.right},${b.bottom}`;

/** Everything the static layers' drawing depends on that an update of values only can change. */
function layoutKey(chart: Chart): string {
  const parts = [`${chart.canvas.width}x${chart.canvas.height}`, edges(chart.chartArea)];
  for (const scale of Object.values(chart.scales) as unknown as ScaleLike[]) {
    parts.push(scale.id, edges(scale), (scale.ticks ?? []).map((t) => `${t.value}:${String(t.label)}`).join('|'));
  }
  const legend = (chart as unknown as { legend?: Box }).legend;
  if (legend) parts.push(edges(legend));
  return parts.join(';');
}

/** The global plugin that keeps, puts back and skips the static layers; see the file's comment. */
export const staticLayersCache: Plugin = {
  id: 'staticLayersCache',
  beforeUpdate(chart) {
    // Options, styles or the legend's state may have changed: the copy is no longer the drawing.
    if (!isUpdatingValuesOnly(chart)) kept.delete(chart);
  },
  afterLayout(chart) {
    const layers = (chart as unknown as { _layers?: Layer[] })._layers ?? [];
    for (const layer of layers) {
      if (layer.z > 0) continue;
      const draw = layer.draw;
      layer.draw = (chartArea) => {
        if (!restored.has(chart)) draw.call(layer, chartArea);
      };
    }
  },
  beforeDraw(chart) {
    restored.delete(chart);
    toCopy.delete(chart);
    if (!isUpdatingValuesOnly(chart) || typeof document === 'undefined') return;
    const key = layoutKey(chart);
    const copy = kept.get(chart);
    if (copy && copy.key === key) {
      const ctx = chart.ctx;
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(copy.canvas, 0, 0);
      ctx.restore();
      restored.add(chart);
    } else {
      toCopy.set(chart, key);
    }
  },
  beforeDatasetsDraw(chart) {
    const key = toCopy.get(chart);
    if (key === undefined) return;
    toCopy.delete(chart);
    const source = chart.canvas;
    const copy = kept.get(chart) ?? { canvas: document.createElement('canvas'), key };
    if (copy.canvas.width !== source.width || copy.canvas.height !== source.height) {
      copy.canvas.width = source.width;
      copy.canvas.height = source.height;
    }
    const ctx = copy.canvas.getContext('2d');
    if (!ctx) return;
    ctx.clearRect(0, 0, source.width, source.height);
    ctx.drawImage(source, 0, 0);
    copy.key = key;
    kept.set(chart, copy);
  },
  afterDraw(chart) {
    restored.delete(chart);
  },
};

