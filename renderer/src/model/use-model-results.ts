/**
 * Model results that follow the active scenario's values: computed during the render that brings the
 * new values, so a lever input is handled in one pass — the store, the model run, React and every
 * chart's update (react-chartjs-2 updates in effects, which React runs at the end of the commit of a
 * discrete event such as an input) — before the event returns and the frame is painted. No animation frame is awaited: Chromium delivers a slider drag's moves at most once a
 * frame already, and programmatic bursts of changes are batched by React into one render.
 *
 * A run takes well under a millisecond to a few (bench:ui prints it), far under the frame budget at
 * which it would move to a Web Worker, so it stays on the main thread.
 */
import { useMemo } from 'react';
import type { LeverValues, NormValues } from '@model';
import { computeResults, type ModelResults } from './model-results';

export function useModelResults(levers: LeverValues, norms: NormValues): ModelResults {
  return useMemo(() => computeResults(levers, norms), [levers, norms]);
}
