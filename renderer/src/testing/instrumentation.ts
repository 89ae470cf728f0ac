/**
 * Timing of a lever move, from its input event to every chart having drawn the new numbers. Only the
 * end-to-end build ("e2e" mode) records anything; elsewhere these are no-ops the bundler removes.
 */
import { isChartOnScreen, lastRenderTimes, lastUpdateDurations, registeredCharts } from '../charts/chart-registry';

export interface LeverLatency {
  /** When the input event happened (performance.now(), ms). */
  inputAt: number;
  /** Input event → the last chart drawn, ms. */
  totalMs: number;
  /** Input event → the model run starting, ms: the event's own handling (the store, the undo history). */
  waitMs: number;
  /** The model run and indicators within that, ms. */
  modelMs: number;
  /** chart.js updates and drawing within that, summed over the charts, ms. */
  chartsMs: number;
  /** React rendering of the results and the charts' effects, without the charts' own update, ms. */
  reactMs: number;
  /** Charts that drew after the input / charts on screen (off-screen ones wait until scrolled to). */
  chartsDrawn: number;
  charts: number;
  /** chart.js update and drawing of each chart that drew, ms, by chart key. */
  perChart: Record<string, number>;
}

const ENABLED = import.meta.env.MODE === 'e2e';
let inputAt: number | null = null;
export const latencies: LeverLatency[] = [];

/** Called in the lever's input handler, with the event's time stamp (same clock as performance.now). */
export function markLeverInput(eventTime?: number): void {
  if (!ENABLED) return;
  inputAt = eventTime ?? performance.now();
}

/**
 * Called once new results have been rendered and every chart on screen has updated (an effect
 * of the editor, which runs after its charts'): `modelStart` is when the model run began.
 */
export function markResultsRendered(modelStart: number, modelMs: number, renderedAt: number): void {
  if (!ENABLED || inputAt === null) return;
  const start = inputAt;
  inputAt = null;
  const visible = [...registeredCharts().keys()].filter(isChartOnScreen);
  const times = visible.map((key) => lastRenderTimes().get(key) ?? 0);
  const drawn = times.filter((t) => t >= start);
  const perChart: Record<string, number> = {};
  for (const key of visible) if ((lastRenderTimes().get(key) ?? 0) >= start) perChart[key] = lastUpdateDurations().get(key) ?? 0;
  const chartsMs = Object.values(perChart).reduce((sum, ms) => sum + ms, 0);
  latencies.push({
    inputAt: start,
    totalMs: Math.max(...drawn, start) - start,
    waitMs: modelStart - start,
    modelMs,
    chartsMs,
    reactMs: renderedAt - modelStart - modelMs - chartsMs,
    chartsDrawn: drawn.length,
    charts: times.length,
    perChart,
  });
}

/** One band computation as the page saw it. */
export interface BandLatency {
  /** Values changed (the request) → the result back on the main thread, ms. */
  totalMs: number;
  /** The probabilistic runs themselves (in the worker, or chunked on the main thread), ms. */
  computeMs: number;
  /** When the request was made and when its result arrived (performance.now(), ms). */
  requestedAt: number;
  arrivedAt: number;
}

export const bandLatencies: BandLatency[] = [];

/** Called when a band result for the values on screen arrives. */
export function markBandsShown(requestedAt: number, computeMs: number): void {
  if (!ENABLED) return;
  const arrivedAt = performance.now();
  bandLatencies.push({ totalMs: arrivedAt - requestedAt, computeMs, requestedAt, arrivedAt });
}
