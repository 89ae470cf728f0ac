/**
 * The comparison of the chosen scenarios, computed in the render that brings a new choice (as the
 * editor's results are): adding a scenario or changing the baseline is drawn in the same pass as the
 * click, with no animation frame awaited. Scenarios already run are reused (comparison.ts), and the
 * same inputs made afresh keep the comparison they had.
 */
import { useState } from 'react';
import type { Comparison, ScenarioValues } from '@model';
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
  if (sameInputs(inputs, set.inputs)) return set;
  // Derived state, stored for the next render (React re-renders at once, before committing).
  const next = compute(inputs);
  setSet(next);
  return next;
}
