/** Reads a slice of the editor store; the component re-renders only when that slice changes. */
import { useSyncExternalStore } from 'react';
import { useAppServices } from '../app/app-context';
import type { AppState, ScenarioEntry } from './app-store';

export function useAppState<T>(select: (state: AppState) => T): T {
  const { store } = useAppServices();
  return useSyncExternalStore(store.subscribe, () => select(store.getState()));
}

export function useActiveEntry(): ScenarioEntry {
  return useAppState((state) => state.entries[state.activeId]);
}
