/**
 * The comparison of the chosen scenarios, recomputed at most once per animation frame (as the
 * editor's results are): several changes in one frame cost one run of what changed.
 */
import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Comparison, ScenarioValues } from '@model';
import { createFrameScheduler } from '../model/frame-scheduler';
import { compareValues } from './comparison';

/** A scenario to compare: its key and colour in the comparison and its values. */
export interface CompareInput {
  key: string;
  colour: string;
  values: ScenarioValues;
}

/** A comparison and the inputs it was computed from (`comparison.scenarios[i]` is `inputs[i]`). */
export interface ComparedSet {
  inputs: readonly CompareInput[];
  comparison: Comparison | null;
}

export function sameInputs(a: readonly CompareInput[], b: readonly CompareInput[]): boolean {
  return a.length === b.length && a.every((x, i) => x.key === b[i].key && x.colour === b[i].colour
    && x.values.levers === b[i].values.levers && x.values.norms === b[i].values.norms);
}

const compute = (inputs: readonly CompareInput[]): ComparedSet =>
  ({ inputs, comparison: inputs.length > 0 ? compareValues(inputs.map((i) => i.values)) : null });

export function useComparison(inputs: readonly CompareInput[]): ComparedSet {
  const [set, setSet] = useState(() => compute(inputs));
  const scheduler = useMemo(
    () => createFrameScheduler<readonly CompareInput[]>((next) => {
      const computed = compute(next);
      flushSync(() => setSet(computed));
    }),
    [],
  );
  useEffect(() => {
    if (!sameInputs(inputs, set.inputs)) scheduler.request(inputs);
  }, [inputs, set, scheduler]);
  useEffect(() => () => scheduler.cancel(), [scheduler]);
  return set;
}
