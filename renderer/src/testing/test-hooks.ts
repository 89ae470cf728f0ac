/**
 * `window.__xiqingTest`: what the end-to-end tests and the UI benchmark read. Installed only in the
 * "e2e" build mode; a production build has no such global.
 */
import type { Host } from '../host/host';
import type { AppStore } from '../state/app-store';
import { isChartOnScreen, registeredCharts } from '../charts/chart-registry';
import { latencies, type LeverLatency } from './instrumentation';

/** Plain data of one chart, as the tests compare it. */
export interface ChartSnapshot {
  onScreen: boolean;
  /** Whether an animation is still running (chart.js keeps an element's in `$animations`). */
  animating: boolean;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
}

export interface XiqingTestHooks {
  charts(): Record<string, ChartSnapshot>;
  latencies: LeverLatency[];
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
          animating: chart.getSortedVisibleDatasetMetas().some((meta) => (meta.data as unknown as Animated[])
            .some((element) => Object.values(element.$animations ?? {}).some((animation) => animation.active()))),
          labels: (chart.data.labels ?? []).map(String),
          datasets: chart.data.datasets.map((d) => ({ label: String(d.label ?? ''), data: [...(d.data as (number | null)[])] })),
        };
      }
      return out;
    },
    latencies,
    host,
    store,
  };
}
