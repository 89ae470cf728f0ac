/**
 * The live chart.js instance behind a chart component: kept in a ref for what the component does with
 * it later (the export button, the presentation's replay) and registered under the chart's key for the
 * end-to-end tests and the UI benchmark (chart-registry.ts). Every chart of the app needs both, so it
 * is one hook rather than a callback ref written again in each chart.
 */
import { useCallback, useRef, type RefObject } from 'react';
import type { Chart as ChartInstance } from 'chart.js';
import type { MixedType } from './chart-config';
import { registerChart } from './chart-registry';

/** A live chart of the app's mixed bar and line type. */
export type MixedChart = ChartInstance<MixedType, (number | null)[], string>;

export interface RegisteredChart {
  /** The live instance: null before the canvas has mounted and after it has gone. */
  instance: RefObject<MixedChart | null>;
  /** The callback ref for the chart: ChartCanvas's `chartRef` (chart-canvas.tsx). */
  ref(chart: MixedChart | null | undefined): void;
  /** Reads the live instance (a stable function, e.g. for an export button that should not re-render). */
  get(): MixedChart | null;
}

/**
 * Keeps the chart's instance and registers it under `key`; `onChart`, if given (memoised by the
 * caller), is told of each instance too (the walkthrough's test hooks).
 */
export function useRegisteredChart(key: string, onChart?: (chart: ChartInstance | null) => void): RegisteredChart {
  const instance = useRef<MixedChart | null>(null);
  const ref = useCallback(
    (chart: MixedChart | null | undefined) => {
      instance.current = chart ?? null;
      registerChart(key, instance.current);
      onChart?.(instance.current);
    },
    [key, onChart],
  );
  const get = useCallback(() => instance.current, []);
  return { instance, ref, get };
}
