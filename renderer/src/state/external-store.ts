/**
 * The small external store the app's stores are built on (read with React's useSyncExternalStore):
 * a value, a way to replace it, and listeners told of each change.
 */

export interface ExternalStore<S> {
  getState(): S;
  /** Replaces the value and tells the listeners (nothing happens when `next` is the current value). */
  set(next: S): void;
  subscribe(listener: () => void): () => void;
}

export function createStore<S>(initial: S): ExternalStore<S> {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    set(next) {
      if (next === state) return;
      state = next;
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
