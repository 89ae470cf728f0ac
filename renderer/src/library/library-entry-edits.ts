// Changing library entries in place: rename, notes, duplicate, delete and undo of a delete.
import type { HostError, LibraryChanges, LibraryEntry } from '../../../src/host/contract';
import type { SessionCore } from './library-session-core';
import type { Tracked } from './library-tracking';
import { isError, type LibrarySession } from './library-session-types';
import { splitBilingual } from '@model';
import { withDetails } from './scenario-text';

/** The entry actions of a session; each is true when the host did it. */
export function createEntryEdits(core: SessionCore): Pick<LibrarySession, 'rename' | 'setNotes' | 'duplicate' | 'remove' | 'restoreDeleted'> {
  const { host, store, tracked, publishLinks, unlinkEntry, notify, fail, busy, refresh } = core;

  /**
   * One host call as a busy step: on an error, the failure notice naming `name`; else `done` with the
   * result. The listing is refreshed either way (a failed delete or restore may have half-happened).
   */
  const hostStep = <R extends { status: string }>(call: () => Promise<R>, failKey: string, name: string, done: (result: Exclude<R, HostError>) => void) =>
    busy(async () => {
      const result = await call();
      if (isError(result)) {
        fail(failKey, result, { name });
        await refresh();
        return false;
      }
      done(result as Exclude<R, HostError>);
      await refresh();
      return true;
    });

  /**
   * Saves a new name or notes of an entry: on a failure (a conflict reads as an I/O error), the notice
   * naming `failName` and a refresh; on success each open scenario linked to the entry follows it
   * (`follow`), then the saved notice.
   */
  const updateEntry = (
    libraryId: string,
    changes: LibraryChanges,
    keys: { failed: string; saved: string },
    failName: string,
    follow: (id: string, t: Tracked, entry: LibraryEntry) => void,
  ) =>
    busy(async () => {
      const result = await host.updateLibraryScenario(libraryId, changes);
      if (result.status !== 'saved') {
        const error: HostError = result.status === 'conflict' ? { status: 'error', kind: 'io', message: result.message } : result;
        fail(keys.failed, error, { name: failName });
        await refresh();
        return false;
      }
      for (const [id, t] of tracked) if (t.link?.libraryId === libraryId) follow(id, t, result.entry);
      publishLinks();
      notify('info', { key: keys.saved, params: { name: result.entry.name } });
      await refresh();
      return true;
    });

  return {
    rename: (libraryId, name) =>
      updateEntry(libraryId, { name }, { failed: 'notices.renameFailed', saved: 'notices.renamed' }, name, (id, t, entry) => {
        // The host moved the recovery record with the file; the open scenario follows the new id.
        t.link = { libraryId: entry.id, modified: entry.modified, name: entry.name };
        t.recoveryId = entry.id;
        if (t.baseline !== null) t.baseline = withDetails(t.baseline, { name: entry.name });
        // A stored name may carry both languages ("中文 · English"): each language keeps its part.
        store.setDetails(id, { name: splitBilingual(entry.name), copy: 1 });
      }),

    setNotes: (libraryId, notes) =>
      updateEntry(libraryId, { notes }, { failed: 'notices.notesFailed', saved: 'notices.notesSaved' }, libraryId, (id, t, entry) => {
        // The open scenario takes the new notes, so its next save does not write the old ones back.
        t.link = { ...t.link!, modified: entry.modified };
        if (t.baseline !== null) t.baseline = withDetails(t.baseline, { notes });
        store.setDetails(id, { notes });
      }),

    duplicate: (libraryId, name) =>
      busy(async () => {
        const result = await host.duplicateLibraryScenario(libraryId, name);
        if (result.status !== 'saved') {
          if (isError(result)) fail('notices.duplicateFailed', result, { name });
          return false;
        }
        notify('info', { key: 'notices.duplicated', params: { name: result.entry.name } });
        await refresh();
        return true;
      }),

    remove: (libraryId, name) =>
      hostStep(() => host.deleteLibraryScenario(libraryId), 'notices.deleteFailed', name, (result) => {
        unlinkEntry(libraryId);
        notify('info', { key: 'notices.deleted', params: { name } }, { trashId: result.trashId, name });
      }),

    restoreDeleted: (trashId, name) =>
      hostStep(() => host.restoreDeletedScenario(trashId), 'notices.restoreFailed', name, () => notify('info', { key: 'notices.restored', params: { name } })),
  };
}
