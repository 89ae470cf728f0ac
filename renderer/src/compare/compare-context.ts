/** The comparison of this app (one per editor store), kept while the user switches views. */
import { useSyncExternalStore } from 'react';
import { useAppServices } from '../app/app-context';
import type { AppStore } from '../state/app-store';
import { createCompareStore, type CompareState, type CompareStore } from './compare-store';

const stores = new WeakMap<AppStore, CompareStore>();

/** The compare store of an editor store; it starts with the active scenario as the baseline. */
export function compareStoreFor(store: AppStore): CompareStore {
  let compare = stores.get(store);
  if (!compare) {
    compare = createCompareStore([{ kind: 'open', scenarioId: store.getState().activeId }]);
    stores.set(store, compare);
  }
  return compare;
}

export function useCompareStore(): CompareStore {
  return compareStoreFor(useAppServices().store);
}

export function useCompareState(): CompareState {
  const compare = useCompareStore();
  return useSyncExternalStore(compare.subscribe, compare.getState);
}
