/**
 * Editing a walkthrough: turning the editor's current scenario into a step, inserting, reordering,
 * removing and changing steps. Pure functions over the model's walkthrough type (immer for the edits),
 * so the rules are unit-tested:
 *
 * - A scenario that equals a shipped preset becomes `{ preset }`; otherwise it becomes `{ changes }`
 *   from the step before it (every value that differs, including ones set back to their default).
 * - The first step cannot be changes (the format forbids it): a scenario that is no preset, added as
 *   the first step, comes in as two steps — the nearest preset, then the changes from it.
 * - Reordering and removing never leave a changes step first.
 */
import { produce, type Draft } from 'immer';
import { type Localized, type PathValue, samePathValue, scenarioValues, type ScenarioValues, VALUE_IDS, valueOf, WALKTHROUGH_CHARTS, type WalkthroughChart, type WalkthroughFile, type WalkthroughStep } from '@model';
import { splitBilingual } from '@model';
import type { Preset } from '../presets/preset-list';

/** A shipped preset with its full values and its name in both languages. */
export interface PresetValues {
  id: string;
  name: Localized;
  values: ScenarioValues;
}

export type StepScenario = WalkthroughStep['scenario'];
export type ChartPair = [WalkthroughChart, WalkthroughChart];

/** The charts a new step shows when there is no step before it to copy. */
export const DEFAULT_CHARTS: ChartPair = ['residents', 'age-structure'];

export function presetValuesList(presets: readonly Preset[]): PresetValues[] {
  return presets.map((p) => ({ id: p.id, name: splitBilingual(p.file.name), values: scenarioValues(p.file) }));
}

/** Values that differ between two full sets, with the value in `to` (what a changes step stores). */
export function changesBetween(from: ScenarioValues, to: ScenarioValues): Record<string, PathValue> {
  const changes: Record<string, PathValue> = {};
  for (const id of VALUE_IDS) if (!samePathValue(valueOf(from, id), valueOf(to, id))) changes[id] = valueOf(to, id);
  return changes;
}

export const sameValues = (a: ScenarioValues, b: ScenarioValues): boolean => Object.keys(changesBetween(a, b)).length === 0;

/** The preset with exactly these values; the preferred one (where the scenario came from) wins a tie. */
export function matchingPreset(values: ScenarioValues, presets: readonly PresetValues[], preferred?: string | null): PresetValues | undefined {
  const equal = presets.filter((p) => sameValues(p.values, values));
  return equal.find((p) => p.id === preferred) ?? equal[0];
}

/** The preset fewest changes away (the preferred one, then list order, on a tie). */
export function nearestPreset(values: ScenarioValues, presets: readonly PresetValues[], preferred?: string | null): PresetValues | undefined {
  let best: PresetValues | undefined;
  let bestCount = Infinity;
  const ordered = [...presets.filter((p) => p.id === preferred), ...presets.filter((p) => p.id !== preferred)];
  for (const p of ordered) {
    const count = Object.keys(changesBetween(p.values, values)).length;
    if (count < bestCount) {
      best = p;
      bestCount = count;
    }
  }
  return best;
}

/** Where a step's values come from, as the editor describes it (and as `titleFor` receives it). */
export type StepOrigin = { kind: 'preset'; preset: PresetValues } | { kind: 'changes'; changes: Record<string, PathValue> };

export interface NewStepInput {
  /** The scenario to add (the editor's current values). */
  current: ScenarioValues;
  /** The values of the step it will follow; null when it becomes the first step. */
  previous: ScenarioValues | null;
  presets: readonly PresetValues[];
  /** The preset the editor's scenario was made from, preferred when several match. */
  preferredPreset?: string | null;
  /** The new step's title, from where its values come from. */
  titleFor(origin: StepOrigin): Localized;
  charts: ChartPair;
}

const stepOf = (origin: StepOrigin, input: NewStepInput): WalkthroughStep => ({
  title: input.titleFor(origin),
  notes: { zh: '', en: '' },
  scenario: origin.kind === 'preset' ? { preset: origin.preset.id } : { changes: origin.changes },
  charts: [...input.charts] as ChartPair,
});

/**
 * The step (or, for a first step that is no preset, the two steps) that bring the walkthrough to the
 * current scenario. Empty when there are no presets at all and the step would be first.
 */
export function stepsForScenario(input: NewStepInput): WalkthroughStep[] {
  const { current, previous, presets, preferredPreset } = input;
  const preset = matchingPreset(current, presets, preferredPreset);
  if (preset) return [stepOf({ kind: 'preset', preset }, input)];
  if (previous) return [stepOf({ kind: 'changes', changes: changesBetween(previous, current) }, input)];
  const base = nearestPreset(current, presets, preferredPreset);
  if (!base) return [];
  return [stepOf({ kind: 'preset', preset: base }, input), stepOf({ kind: 'changes', changes: changesBetween(base.values, current) }, input)];
}

/** The scenario a step would get if it were replaced by `current` (null: not possible as the first step). */
export function replacementScenario(input: Omit<NewStepInput, 'titleFor' | 'charts'>): StepScenario | null {
  const preset = matchingPreset(input.current, input.presets, input.preferredPreset);
  if (preset) return { preset: preset.id };
  return input.previous ? { changes: changesBetween(input.previous, input.current) } : null;
}

const isChanges = (step: WalkthroughStep | undefined) => step !== undefined && 'changes' in step.scenario;

/** Inserts steps after `after` (−1: at the start). */
export function insertSteps(doc: WalkthroughFile, after: number, steps: readonly WalkthroughStep[]): WalkthroughFile {
  const at = Math.max(0, Math.min(doc.steps.length, after + 1));
  return { ...doc, steps: [...doc.steps.slice(0, at), ...steps, ...doc.steps.slice(at)] };
}

/** Whether the step can move by `delta` (±1) without leaving a changes step first. */
export function canMove(doc: WalkthroughFile, index: number, delta: -1 | 1): boolean {
  const target = index + delta;
  if (index < 0 || index >= doc.steps.length || target < 0 || target >= doc.steps.length) return false;
  // Only a move that involves the first place can change which step comes first.
  const first = index === 0 ? doc.steps[target] : target === 0 ? doc.steps[index] : doc.steps[0];
  return !isChanges(first);
}

/** The walkthrough with the step moved by `delta`; unchanged when it cannot move. */
export function moveStep(doc: WalkthroughFile, index: number, delta: -1 | 1): WalkthroughFile {
  if (!canMove(doc, index, delta)) return doc;
  const steps = doc.steps.slice();
  [steps[index], steps[index + delta]] = [steps[index + delta], steps[index]];
  return { ...doc, steps };
}

/** Whether the step can go: not the only one, and not a first step followed by a changes step. */
export function canRemove(doc: WalkthroughFile, index: number): boolean {
  if (index < 0 || index >= doc.steps.length || doc.steps.length <= 1) return false;
  return !(index === 0 && isChanges(doc.steps[1]));
}

export function removeStep(doc: WalkthroughFile, index: number): WalkthroughFile {
  return canRemove(doc, index) ? { ...doc, steps: doc.steps.filter((_, i) => i !== index) } : doc;
}

/** Changes one step through an immer recipe. */
export function updateStep(doc: WalkthroughFile, index: number, recipe: (step: Draft<WalkthroughStep>) => void): WalkthroughFile {
  if (index < 0 || index >= doc.steps.length) return doc;
  return produce(doc, (draft) => {
    recipe(draft.steps[index]);
  });
}

/** Changes the walkthrough's own fields (title, description). */
export function updateWalkthrough(doc: WalkthroughFile, recipe: (draft: Draft<WalkthroughFile>) => void): WalkthroughFile {
  return produce(doc, recipe);
}

/** An empty walkthrough (no steps yet: the format needs one before it can be saved). */
export function newWalkthrough(title: Localized): WalkthroughFile {
  return { format: 'xiqing-population-walkthrough', version: 1, title, description: { zh: '', en: '' }, steps: [] };
}

export const isWalkthroughChart = (id: string): id is WalkthroughChart => (WALKTHROUGH_CHARTS as readonly string[]).includes(id);
