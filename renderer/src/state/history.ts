/**
 * Undo/redo as immer patches: each step holds the patches that redo it and the inverse patches that
 * undo it, so a step costs a few small objects instead of a copy of the state.
 *
 * A slider drag fires an input event per pixel; those changes are recorded as one *gesture*: while a
 * step is open and the next change carries the same gesture key, it is merged into that step, and
 * `endGesture` (on pointer-up / change) closes it. A drag is therefore one undo step, not a hundred.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Objectish, type Patch } from 'immer';

enablePatches();

export interface HistoryStep {
  patches: Patch[];
  inversePatches: Patch[];
  /** Key of the gesture that made this step (e.g. "levers.tfr2025"), if any. */
  gesture?: string;
  /** An open step still takes changes of its gesture. */
  open: boolean;
}

export interface History {
  /** Oldest first; the last one is undone next. */
  past: readonly HistoryStep[];
  /** Next to redo last. */
  future: readonly HistoryStep[];
}

export const EMPTY_HISTORY: History = Object.freeze({ past: [], future: [] });

/** Older steps are dropped beyond this; a long session must not grow without bound. */
export const HISTORY_LIMIT = 500;

export interface Recorded<S> {
  state: S;
  history: History;
  /** False when the recipe changed nothing (no step was recorded). */
  changed: boolean;
}

const samePath = (a: Patch['path'], b: Patch['path']) => a.length === b.length && a.every((key, i) => key === b[i]);
const isPrefix = (a: Patch['path'], b: Patch['path']) => a.length < b.length && a.every((key, i) => key === b[i]);

/**
 * Drops patches overwritten later in the same list. Only safe when every patch replaces a value at a
 * path that no other patch nests in (lever values are such leaves); otherwise the list is kept whole.
 */
export function compactPatches(patches: readonly Patch[]): Patch[] {
  const onlyLeafReplaces =
    patches.every((p) => p.op === 'replace') && !patches.some((p) => patches.some((q) => isPrefix(p.path, q.path)));
  if (!onlyLeafReplaces) return [...patches];
  return patches.filter((p, i) => !patches.slice(i + 1).some((q) => samePath(p.path, q.path)));
}

/** One step that does `first` then `second` (and undoes them in reverse order). */
export function mergeSteps(first: HistoryStep, second: HistoryStep): HistoryStep {
  return {
    patches: compactPatches([...first.patches, ...second.patches]),
    inversePatches: compactPatches([...second.inversePatches, ...first.inversePatches]),
    gesture: first.gesture,
    open: second.open,
  };
}

const closed = (step: HistoryStep): HistoryStep => (step.open ? { ...step, open: false } : step);

/**
 * Applies `recipe` to `state` and records it as one undo step. With a `gesture` key, the step stays
 * open and later changes with the same key are merged into it until {@link endGesture}.
 */
export function record<S extends Objectish>(
  state: S,
  history: History,
  recipe: (draft: Draft<S>) => void,
  options: { gesture?: string } = {},
): Recorded<S> {
  const [next, patches, inversePatches] = produceWithPatches(state, recipe);
  if (patches.length === 0) return { state, history, changed: false };
  const step: HistoryStep = { patches, inversePatches, gesture: options.gesture, open: options.gesture !== undefined };
  const top = history.past.at(-1);
  const past =
    top && top.open && options.gesture !== undefined && top.gesture === options.gesture
      ? [...history.past.slice(0, -1), mergeSteps(top, step)]
      : [...history.past.slice(0, -1), ...(top ? [closed(top)] : []), step];
  return { state: next as S, history: { past: past.slice(-HISTORY_LIMIT), future: [] }, changed: true };
}

/** Closes the open gesture step, if any: the next change starts a new step. */
export function endGesture(history: History): History {
  const top = history.past.at(-1);
  if (!top?.open) return history;
  return { ...history, past: [...history.past.slice(0, -1), closed(top)] };
}

export const canUndo = (history: History) => history.past.length > 0;
export const canRedo = (history: History) => history.future.length > 0;

/** Undoes the last step; returns the inputs unchanged when there is nothing to undo. */
export function undo<S extends Objectish>(state: S, history: History): { state: S; history: History } {
  const top = history.past.at(-1);
  if (!top) return { state, history };
  return {
    state: applyPatches(state, top.inversePatches),
    history: { past: history.past.slice(0, -1), future: [...history.future, closed(top)] },
  };
}

/** Redoes the last undone step; returns the inputs unchanged when there is nothing to redo. */
export function redo<S extends Objectish>(state: S, history: History): { state: S; history: History } {
  const next = history.future.at(-1);
  if (!next) return { state, history };
  return {
    state: applyPatches(state, next.patches),
    history: { past: [...history.past, next], future: history.future.slice(0, -1) },
  };
}
