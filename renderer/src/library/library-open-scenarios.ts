// What the editor's top bar does to an open scenario through the session: rename it, close it, and
// note that it was saved to a file.
import type { Localized } from '@model';
import { scenarioText } from '../app/scenario-files';
import { joinBilingual } from '@model';
import type { SessionCore } from './library-session-core';
import type { LibrarySession } from './library-session-types';
import { tidyName } from './scenario-names';

/** The open-scenario actions of a session. `rename` is the session's library rename (entry id, stored name). */
export function createOpenScenarioActions(
  core: SessionCore,
  rename: LibrarySession['rename'],
): Pick<LibrarySession, 'renameOpen' | 'closeOpen' | 'markSavedToFile'> {
  const { host, store, tracked, seen, scenarioOf, track, publishLinks, notify, autosave } = core;

  return {
    async renameOpen(scenarioId, name: Localized) {
      const tidy = tidyName(name);
      const link = track(scenarioId).link;
      // A library scenario: its entry and file are renamed by the host (atomically), the open one follows.
      if (link) return rename(link.libraryId, joinBilingual(tidy));
      if (!scenarioOf(scenarioId)) return false;
      // Not in the library: the new name is an unsaved change, kept for recovery like any other.
      store.setDetails(scenarioId, { name: tidy, copy: 1 });
      notify('info', { key: 'notices.renamedOpen', params: { name: joinBilingual(tidy) } });
      return true;
    },

    closeOpen(scenarioId) {
      const t = tracked.get(scenarioId);
      // Closing is the user's "discard": its recovery record goes too, so it is not offered next time.
      if (t && t.written !== null) void host.clearRecovery(t.recoveryId).catch(() => undefined);
      tracked.delete(scenarioId);
      seen.delete(scenarioId);
      store.close(scenarioId);
      publishLinks();
    },

    markSavedToFile(scenarioId) {
      const scenario = scenarioOf(scenarioId);
      const t = track(scenarioId);
      // A library scenario stays unsaved until its entry is written: the file is a copy elsewhere.
      if (!scenario || t.link) return;
      t.baseline = scenarioText(scenario);
      autosave.flush();
      publishLinks();
    },
  };
}
