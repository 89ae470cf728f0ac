/**
 * What is being compared: a baseline and up to five more scenarios, each from a preset, the library
 * or the scenarios open in the editor, each with its colour. Kept outside the view, so switching tabs
 * keeps the comparison.
 */
import { MAX_COMPARED_SCENARIOS, type ScenarioValues } from '@model';
import { nextColour, type CompareColour } from './palette';
import { createStore } from '../state/external-store';

export type CompareSource =
  | { kind: 'preset'; presetId: string }
  /** A library scenario as read when it was added (later saves are not followed). */
  | { kind: 'library'; libraryId: string; name: string; values: ScenarioValues }
  /** A scenario open in the editor, followed live. */
  | { kind: 'open'; scenarioId: string };

export interface CompareItem {
  /** Unique within the comparison; stable while the item is compared. */
  key: string;
  colour: CompareColour;
  source: CompareSource;
}

export interface CompareState {
  /** The baseline first. */
  items: readonly CompareItem[];
  /** The scenario on the right of the pyramid pair (the baseline is on the left). */
  pyramidKey: string | null;
  /** The year both pyramids show. */
  pyramidYear: number;
}

export interface CompareStore {
  getState(): CompareState;
  subscribe(listener: () => void): () => void;
  /** Adds a scenario (the first becomes the baseline); false if it is there already or the comparison is full. */
  add(source: CompareSource): boolean;
  remove(key: string): void;
  /** Makes a compared scenario the baseline; the others keep their order and colours. */
  makeBaseline(key: string): void;
  setPyramidKey(key: string): void;
  setPyramidYear(year: number): void;
}

/** Whether two sources are the same scenario. */
export function sameSource(a: CompareSource, b: CompareSource): boolean {
  if (a.kind === 'preset' && b.kind === 'preset') return a.presetId === b.presetId;
  if (a.kind === 'library' && b.kind === 'library') return a.libraryId === b.libraryId;
  if (a.kind === 'open' && b.kind === 'open') return a.scenarioId === b.scenarioId;
  return false;
}

/** The right-hand pyramid: the chosen one if still compared, else the first after the baseline. */
export function pyramidPartner(state: CompareState): CompareItem | null {
  const others = state.items.slice(1);
  return others.find((item) => item.key === state.pyramidKey) ?? others[0] ?? null;
}

export function createCompareStore(initial: readonly CompareSource[] = [], pyramidYear = 2035): CompareStore {
  let counter = 0;
  const cell = createStore<CompareState>({ items: [], pyramidKey: null, pyramidYear });
  const state = cell.getState;
  const { set } = cell;
  const add = (source: CompareSource): boolean => {
    if (state().items.length >= MAX_COMPARED_SCENARIOS || state().items.some((item) => sameSource(item.source, source))) return false;
    const item: CompareItem = { key: `compare-${++counter}`, colour: nextColour(state().items.map((i) => i.colour)), source };
    set({ ...state(), items: [...state().items, item] });
    return true;
  };
  for (const source of initial) add(source);
  return {
    getState: cell.getState,
    subscribe: cell.subscribe,
    add,
    remove(key) {
      if (!state().items.some((item) => item.key === key)) return;
      set({ ...state(), items: state().items.filter((item) => item.key !== key) });
    },
    makeBaseline(key) {
      const item = state().items.find((i) => i.key === key);
      if (!item || state().items[0] === item) return;
      const previous = state().items[0];
      // The old baseline becomes the pyramid partner: the pair the user was looking at stays in view.
      set({ ...state(), items: [item, ...state().items.filter((i) => i !== item)], pyramidKey: previous.key });
    },
    setPyramidKey(key) {
      set({ ...state(), pyramidKey: key });
    },
    setPyramidYear(year) {
      if (year !== state().pyramidYear) set({ ...state(), pyramidYear: year });
    },
  };
}
