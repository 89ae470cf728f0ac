/**
 * `window.__xiqingWalkthrough`: the presentation's chart.js instances by slot, for the end-to-end test
 * of "replay last change" (it samples the chart's data and drawn points while the animation runs).
 * Installed only in the "e2e" build mode; a production build registers nothing.
 */
import type { Chart } from 'chart.js';

export interface WalkthroughTestHooks {
  /** The chart in slot 0 or 1 of the presentation, if shown. */
  chart(slot: number): Chart | undefined;
}

declare global {
  interface Window {
    __xiqingWalkthrough?: WalkthroughTestHooks;
  }
}

const ENABLED = import.meta.env.MODE === 'e2e';
const charts = new Map<number, Chart>();

export function registerWalkthroughChart(slot: number, chart: Chart | null): void {
  if (!ENABLED) return;
  if (chart) charts.set(slot, chart);
  else charts.delete(slot);
  window.__xiqingWalkthrough ??= { chart: (s) => charts.get(s) };
}
