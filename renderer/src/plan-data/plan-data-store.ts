/**
 * Plan data beside the scenarios: which target set is active (the plan's, or one the user made) and
 * the observed figures being worked with. A small external store, like the editor's, so the tiles,
 * charts, checklist, goal seek and exports all read the same active set.
 */
import { type ObservationsFile, PLAN_TARGET_SET, type TargetSet } from '@model';
import { useSyncExternalStore } from 'react';

/** The shipped plan set's key. */
export const PLAN_SET_KEY = 'plan';

export interface TargetSetEntry {
  key: string;
  set: TargetSet;
  /** The library file it was read from or saved to (user sets). */
  libraryId?: string;
}

/** Observations as edited: the file's content and the library file it belongs to, if any. */
export interface ObservationsEntry {
  file: Omit<ObservationsFile, 'format' | 'version'>;
  libraryId?: string;
}

export interface PlanDataState {
  targetSets: readonly TargetSetEntry[];
  activeTargets: string;
  observations: ObservationsEntry | null;
}

export interface PlanDataStore {
  getState(): PlanDataState;
  subscribe(listener: () => void): () => void;
  /** Adds or replaces a user set (by key) and makes it active. */
  putTargetSet(entry: TargetSetEntry): void;
  setActiveTargets(key: string): void;
  setObservations(entry: ObservationsEntry | null): void;
}

export function createPlanDataStore(): PlanDataStore {
  let state: PlanDataState = { targetSets: [{ key: PLAN_SET_KEY, set: PLAN_TARGET_SET }], activeTargets: PLAN_SET_KEY, observations: null };
  const listeners = new Set<() => void>();
  const set = (next: PlanDataState) => {
    state = next;
    listeners.forEach((l) => l());
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    putTargetSet(entry) {
      const others = state.targetSets.filter((e) => e.key !== entry.key);
      set({ ...state, targetSets: [...others, entry], activeTargets: entry.key });
    },
    setActiveTargets(key) {
      if (state.targetSets.some((e) => e.key === key)) set({ ...state, activeTargets: key });
    },
    setObservations(entry) {
      set({ ...state, observations: entry });
    },
  };
}

/** The app's plan data (one per window). */
export const planData: PlanDataStore = createPlanDataStore();

/** The active target set of a state (the plan's if the key is unknown). */
export function activeTargetSet(state: PlanDataState): TargetSet {
  return (state.targetSets.find((e) => e.key === state.activeTargets) ?? state.targetSets[0]).set;
}

export function usePlanData(store: PlanDataStore = planData): PlanDataState {
  return useSyncExternalStore(store.subscribe, store.getState);
}

/** The active target set, for components. */
export function useActiveTargets(store: PlanDataStore = planData): TargetSet {
  return activeTargetSet(usePlanData(store));
}

/** The observations being worked with (null when none were entered or opened). */
export function useObservations(store: PlanDataStore = planData): ObservationsEntry | null {
  return usePlanData(store).observations;
}
