/**
 * What the app asks of a probabilistic run and how it is run a few draws at a time, the same code in
 * the worker and on the main thread (the fallback where workers are unavailable): after each chunk
 * the loop yields so that a newer request can supersede it, and a superseded run stops.
 */
import { fastProbabilisticSteps, type PlanTarget, type ProbabilisticResult, type ScenarioValues } from '@model';

/** Draws per band computation in the app (docs/uncertainty.md: the Monte Carlo error this leaves). */
export const APP_RUNS = 1000;
/** Full runs for the fertility, mortality and settlement draws (fast-path.ts). */
export const APP_OPERATOR_RUNS = 40;
/** The app's seed: the same scenario always shows the same bands. */
export const APP_SEED = 20250101;
/** Work between yields, ms: short enough that a newer request waits little. */
const SLICE_MS = 8;

export interface BandRequest {
  id: number;
  values: ScenarioValues;
  runs: number;
  seed: number;
  /** The targets whose probabilities are reported: the active set's (default the plan's). */
  targets?: readonly PlanTarget[];
}

export type BandReply = { id: number; ok: true; result: ProbabilisticResult; elapsedMs: number } | { id: number; ok: false; error: string };

/**
 * Lets queued messages (a newer request) run, then continues. A MessageChannel, not setTimeout(0):
 * timers nested more than five deep are clamped to 4 ms, which on a run of some twenty slices would
 * add a third to its time doing nothing.
 */
function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Runs `request` in chunks; returns null if `isCurrent()` turns false between chunks (superseded).
 */
export async function computeBands(request: BandRequest, isCurrent: () => boolean): Promise<BandReply | null> {
  const started = performance.now();
  try {
    const steps = fastProbabilisticSteps({ values: request.values, runs: request.runs, seed: request.seed, operatorRuns: APP_OPERATOR_RUNS, ...(request.targets ? { targets: request.targets } : {}) });
    let sliceStart = performance.now();
    for (;;) {
      const next = steps.next();
      if (next.done) return { id: request.id, ok: true, result: next.value, elapsedMs: performance.now() - started };
      if (performance.now() - sliceStart >= SLICE_MS) {
        await yieldToEvents();
        if (!isCurrent()) return null;
        sliceStart = performance.now();
      }
    }
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
