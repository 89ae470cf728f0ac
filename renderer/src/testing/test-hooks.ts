/**
 * `window.__xiqingTest`: what the end-to-end tests and the UI benchmark read. Installed only in the
 * "e2e" build mode; a production build has no such global.
 */
import type { Host } from '../host/host';
import type { AppStore } from '../state/app-store';
import { firstChartPaintedAt, firstChartRenderedAt, isChartOnScreen, lastRenderTimes, registeredCharts } from '../charts/chart-registry';
import { bandLatencies, latencies, type BandLatency, type LeverLatency } from './instrumentation';

/** Plain data of one chart, as the tests compare it. */
export interface ChartSnapshot {
  onScreen: boolean;
  /** Whether an animation is still running, of an element or the tooltip (chart.js keeps them in `$animations`). */
  animating: boolean;
  labels: string[];
  datasets: { label: string; data: (number | null)[]; pointStyle?: string }[];
}

export interface XiqingTestHooks {
  charts(): Record<string, ChartSnapshot>;
  /** When each chart last drew (performance.now(), ms). */
  renderTimes(): Record<string, number>;
  /** When the page first drew a chart, ms after navigation start (the cold start), or null. */
  firstChartAt(): number | null;
  /** When the frame with that chart had been painted, ms after navigation start, or null. */
  firstChartPaintedAt(): number | null;
  /** The middle of one drawn bar or point, in page coordinates (for clicking it), or null. */
  chartPoint(key: string, datasetIndex: number, index: number): { x: number; y: number } | null;
  /** The middle of a chart's `index`th legend item, in page coordinates (for clicking it), or null. */
  legendItemPoint(key: string, index: number): { x: number; y: number } | null;
  /** The chart's canvas as a PNG data URL (its pixels, for comparing two drawings), or null. */
  chartImage(key: string): string | null;
  /**
   * Updates and draws the chart with chart.js's own full update, without animation: what a lighter
   * update (values-only-update.ts, static-layers-cache.ts) must have drawn already.
   */
  redrawChart(key: string): void;
  latencies: LeverLatency[];
  /** Uncertainty-band computations, in order (bands switched on). */
  bandLatencies: BandLatency[];
  host: Host;
  store: AppStore;
}

declare global {
  interface Window {
    __xiqingTest?: XiqingTestHooks;
  }
}

type Animated = { $animations?: Record<string, { active(): boolean }> };

export function installTestHooks(host: Host, store: AppStore): void {
  if (import.meta.env.MODE !== 'e2e') return;
  window.__xiqingTest = {
    charts() {
      const out: Record<string, ChartSnapshot> = {};
      for (const [key, chart] of registeredCharts()) {
        out[key] = {
          onScreen: isChartOnScreen(key),
          // Every dataset's elements (a hidden one's too: hiding animates), and the tooltip (it fades).
          animating: [...chart.data.datasets.flatMap((_, i) => chart.getDatasetMeta(i).data as unknown as Animated[]), chart.tooltip as unknown as Animated | undefined]
            .some((element) => Object.values(element?.$animations ?? {}).some((animation) => animation.active())),
          labels: (chart.data.labels ?? []).map(String),
          datasets: chart.data.datasets.map((d) => {
            const pointStyle = (d as { pointStyle?: unknown }).pointStyle;
            const out = { label: String(d.label ?? ''), data: [...(d.data as (number | null)[])] };
            return typeof pointStyle === 'string' ? { ...out, pointStyle } : out;
          }),
        };
      }
      return out;
    },
    renderTimes: () => Object.fromEntries(lastRenderTimes()),
    firstChartAt: firstChartRenderedAt,
    firstChartPaintedAt,
    chartPoint(key, datasetIndex, index) {
      const chart = registeredCharts().get(key);
      const element = chart?.getDatasetMeta(datasetIndex).data[index] as { x: number; y: number; base?: number; horizontal?: boolean } | undefined;
      if (!chart || !element) return null;
      const rect = chart.canvas.getBoundingClientRect();
      // A horizontal bar runs from `base` to `x`; click half way along it.
      const x = element.horizontal && element.base !== undefined ? (element.x + element.base) / 2 : element.x;
      return { x: rect.left + x, y: rect.top + element.y };
    },
    legendItemPoint(key, index) {
      const chart = registeredCharts().get(key);
      const box = (chart as { legend?: { legendHitBoxes?: { left: number; top: number; width: number; height: number }[] } } | undefined)?.legend?.legendHitBoxes?.[index];
      if (!chart || !box) return null;
      const rect = chart.canvas.getBoundingClientRect();
      return { x: rect.left + box.left + box.width / 2, y: rect.top + box.top + box.height / 2 };
    },
    chartImage: (key) => registeredCharts().get(key)?.canvas.toDataURL() ?? null,
    redrawChart: (key) => registeredCharts().get(key)?.update('none'),
    latencies,
    bandLatencies,
    host,
    store,
  };
}
