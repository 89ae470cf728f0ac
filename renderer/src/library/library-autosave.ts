// Writes unsaved work to the recovery area shortly after each change, and clears it once saved.
import type { HostError } from '../../../src/host/contract';
import type { Host } from '../host/host';
import type { AppStore } from '../state/app-store';
import { isError } from './library-session-types';
import type { Tracker } from './library-tracking';

/** The autosave of one session. */
export interface Autosave {
  /** Writes unsaved work `delay` ms from now (a later call restarts the wait). */
  schedule(): void;
  /** Writes pending unsaved work now. */
  flush(): void;
}

/**
 * Watches `store` and keeps the recovery area in step with the open scenarios: every one whose text
 * differs from its saved text is written about `delay` ms after the last change, and cleared once it
 * is saved or changed back. `onError` hears the host's refusals.
 */
export function createAutosave(host: Host, store: AppStore, tracker: Tracker, delay: number, onError: (error: HostError) => void): Autosave {
  const { track, seen, isDirty, textOf } = tracker;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const schedule = () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      flush();
    }, delay);
  };

  function flush(): void {
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    for (const [id, entry] of Object.entries(store.getState().entries)) {
      const t = track(id);
      const text = textOf(entry.scenario);
      const dirty = isDirty(id);
      if (dirty && text !== t.written) {
        t.written = text;
        void host.writeRecovery(t.recoveryId, text).then(
          (result) => {
            if (isError(result)) onError(result);
          },
          () => undefined,
        );
      } else if (!dirty && t.written !== null) {
        t.written = null;
        void host.clearRecovery(t.recoveryId).catch(() => undefined);
      }
    }
  }

  store.subscribe(() => {
    let changed = false;
    let backToSaved = false;
    for (const [id, entry] of Object.entries(store.getState().entries)) {
      const t = track(id);
      if (seen.get(id) !== entry.scenario) {
        seen.set(id, entry.scenario);
        changed = true;
        // A change back to the saved text (an undo) clears its record at once rather than after the
        // wait: a reload or exit inside the wait would otherwise be offered work that is not there.
        if (t.written !== null && !isDirty(id)) backToSaved = true;
      }
    }
    if (backToSaved) flush();
    else if (changed) schedule();
  });
  for (const id of Object.keys(store.getState().entries)) track(id);

  return { schedule, flush };
}
