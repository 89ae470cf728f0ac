/**
 * The live chart.js instances by key, and when each last drew. The end-to-end tests and the UI
 * benchmark read chart data and render times through this; the app itself does not need it.
 */
import type { Chart, Plugin } from 'chart.js';

const charts = new Map<string, Chart>();
const renderedAt = new Map<string, number>();
/** When the page first drew any chart (performance.now(), ms after navigation): the cold start. */
let firstRenderAt: number | null = null;
/** When the frame with that first chart had been painted (a task after the next frame), ms. */
let firstPaintAt: number | null = null;
const updateStartedAt = new Map<string, number>();
const updateTook = new Map<string, number>();
const offScreen = new Set<string>();

export function registerChart(key: string, chart: Chart | null): void {
  if (chart) charts.set(key, chart);
  else {
    charts.delete(key);
    renderedAt.delete(key);
  }
}

export const registeredCharts = (): ReadonlyMap<string, Chart> => charts;

/** Off-screen charts skip updates (see ChartPanel); timings count only the charts on screen. */
export function setChartOnScreen(key: string, onScreen: boolean): void {
  if (onScreen) offScreen.delete(key);
  else offScreen.add(key);
}
export const isChartOnScreen = (key: string): boolean => !offScreen.has(key);
export const lastRenderTimes = (): ReadonlyMap<string, number> => renderedAt;
export const firstChartRenderedAt = (): number | null => firstRenderAt;
export const firstChartPaintedAt = (): number | null => firstPaintAt;
/** How long each chart's last update (options, layout and drawing) took, ms. */
export const lastUpdateDurations = (): ReadonlyMap<string, number> => updateTook;

/** A plugin that notes the time of each draw, keyed by the chart's registry key. */
export function renderTimePlugin(key: string): Plugin {
  return {
    id: `render-time-${key}`,
    beforeUpdate: () => {
      updateStartedAt.set(key, performance.now());
    },
    afterRender: () => {
      const now = performance.now();
      if (firstRenderAt === null) {
        firstRenderAt = now;
        // The frame is painted after its animation-frame callbacks; a task posted from one runs after.
        if (typeof requestAnimationFrame !== 'undefined') requestAnimationFrame(() => setTimeout(() => (firstPaintAt = performance.now()), 0));
      }
      renderedAt.set(key, now);
      updateTook.set(key, now - (updateStartedAt.get(key) ?? now));
    },
  };
}
