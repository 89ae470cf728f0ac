/** Reads a slice of the editor store; the component re-renders only when that slice changes. */
import { useMemo, useSyncExternalStore } from 'react';
import { useAppServices } from '../app/app-context';
import type { AppState, AppStore, ScenarioEntry } from './app-store';

export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useAppServices();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useActiveEntry(): ScenarioEntry {
  return useAppState((state) => state.entries[state.activeId]);
}

/**
 * Reads a value made afresh from the store on each call (an object, a list) and re-renders only when
 * `isEqual` says it differs from the last one read: e.g. the names of the open scenarios, which a
 * lever move does not change although it makes a new `entries`. `select` and `isEqual` must be stable
 * (module functions or memoised), or the last value is forgotten on each render.
 */
export function useAppStateEqual<T>(select: (state: AppState) => T, isEqual: (a: T, b: T) => boolean): T {
  const { store } = useAppServices();
  const read = useMemo(() => equalReader(store, select, isEqual), [store, select, isEqual]);
  return useSyncExternalStore(store.subscribe, read);
}

/** A snapshot reader for useSyncExternalStore that hands back the last value while it is equal. */
export function equalReader<T>(store: AppStore, select: (state: AppState) => T, isEqual: (a: T, b: T) => boolean): () => T {
  let last: { state: AppState; value: T } | null = null;
  return () => {
    const state = store.getState();
    if (last?.state === state) return last.value;
    const value = select(state);
    last = { state, value: last !== null && isEqual(last.value, value) ? last.value : value };
    return last.value;
  };
}
