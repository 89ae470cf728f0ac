/**
 * `requestSave(as)`: Save or Save as the active scenario from anywhere in the page (the editor's own
 * Save buttons). The app shell carries it out exactly as the File menu's Save and Ctrl+S do.
 */
type Listener = (as: boolean) => void;
const listeners = new Set<Listener>();

/** Saves the active scenario (`as`: choose a new place or name). */
export function requestSave(as: boolean): void {
  for (const listener of [...listeners]) listener(as);
}

/** Subscribes the app shell; returns the unsubscribe function. */
export function onRequestSave(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
