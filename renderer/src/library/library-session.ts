// Assembles the renderer's library session (one per editor store) from its parts.
import type { Host } from '../host/host';
import { PRESETS } from '../presets/presets';
import type { AppStore } from '../state/app-store';
import { createEntryEdits } from './library-entry-edits';
import { createOpenScenarioActions } from './library-open-scenarios';
import { createOpening } from './library-opening';
import { createRecovery } from './library-recovery';
import { createSaving } from './library-saving';
import { createSessionCore } from './library-session-core';
import { AUTOSAVE_DELAY_MS, type LibrarySession, type LibrarySessionOptions } from './library-session-types';

/**
 * The library as the renderer keeps it during a session: the host's listing, which open scenario
 * belongs to which library entry (and when that entry was last written), what each open scenario
 * looked like when last saved, the recovery area, and the one message or question for the user.
 *
 * A small external store beside the editor's store. It never translates: messages are keys of the
 * `library` namespace with their parameters, so a language switch relabels what is on screen.
 *
 * Nothing the user made is lost on the way: every open scenario whose text differs from its saved
 * text is written to the recovery area about a second after the last change (and cleared once it is
 * saved or changed back); a save into the library only overwrites the entry if it is unchanged since
 * it was opened, else the user is asked; the host's refusals come back as typed errors, never thrown.
 */
export function createLibrarySession(host: Host, store: AppStore, options: LibrarySessionOptions = {}): LibrarySession {
  const core = createSessionCore(host, store, options.autosaveDelayMs ?? AUTOSAVE_DELAY_MS);
  const edits = createEntryEdits(core);
  return {
    getState: core.getState,
    subscribe: core.subscribe,
    refresh: core.refresh,
    ...createOpening(core),
    ...createSaving(core),
    ...edits,
    ...createOpenScenarioActions(core, edits.rename),
    ...createRecovery(core, options.presets ?? []),
    dismissNotice(id) {
      if (id === undefined || core.getState().notice?.id === id) core.set({ notice: null });
    },
    isDirty: core.isDirty,
    flushAutosave: core.autosave.flush,
  };
}

const sessions = new WeakMap<AppStore, LibrarySession>();

/** The one library session of an editor store (created on first use). */
export function librarySessionFor(host: Host, store: AppStore): LibrarySession {
  let session = sessions.get(store);
  if (!session) {
    session = createLibrarySession(host, store, { presets: PRESETS });
    sessions.set(store, session);
  }
  return session;
}
