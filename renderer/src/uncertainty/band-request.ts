/**
 * What the app asks of a probabilistic run and how it is run a few draws at a time, the same code in
 * the worker and on the main thread (the fallback where workers are unavailable): after each chunk
 * the loop yields so that a newer request can supersede it, and a superseded run stops.
 */
import type { ScenarioValues } from '../../../src/model/scenario-values';
import { HEADLINE_FIELDS, HEADLINE_TARGETS, headlineEvaluator } from '../../../src/model/uncertainty/evaluators';
import { createProbabilisticJob, type ProbabilisticResult } from '../../../src/model/uncertainty/probabilistic-run';

/** Draws per band computation in the app (docs/uncertainty.md: the Monte Carlo error this leaves). */
export const APP_RUNS = 200;
/** The app's seed: the same scenario always shows the same bands. */
export const APP_SEED = 20250101;
/** Draws between yields. */
const CHUNK = 10;

export interface BandRequest {
  id: number;
  values: ScenarioValues;
  runs: number;
  seed: number;
}

export type BandReply = { id: number; ok: true; result: ProbabilisticResult; elapsedMs: number } | { id: number; ok: false; error: string };

const yieldToEvents = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs `request` in chunks; returns null if `isCurrent()` turns false between chunks (superseded).
 */
export async function computeBands(request: BandRequest, isCurrent: () => boolean): Promise<BandReply | null> {
  const started = performance.now();
  try {
    const job = createProbabilisticJob({
      values: request.values,
      runs: request.runs,
      seed: request.seed,
      fields: HEADLINE_FIELDS,
      targets: HEADLINE_TARGETS,
      evaluate: headlineEvaluator,
    });
    while (!job.step(CHUNK)) {
      await yieldToEvents();
      if (!isCurrent()) return null;
    }
    return { id: request.id, ok: true, result: job.result(), elapsedMs: performance.now() - started };
  } catch (error) {
    return { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
