// Changing library entries in place: rename, notes, duplicate, delete and undo of a delete.
import type { HostError } from '../../../src/host/contract';
import type { SessionCore } from './library-session-core';
import { isError, type LibrarySession } from './library-session-types';
import { splitBilingual } from '../presets/bilingual';
import { withDetails } from './scenario-text';

/** The entry actions of a session; each is true when the host did it. */
export function createEntryEdits(core: SessionCore): Pick<LibrarySession, 'rename' | 'setNotes' | 'duplicate' | 'remove' | 'restoreDeleted'> {
  const { host, store, tracked, publishLinks, unlinkEntry, notify, fail, busy, refresh } = core;

  return {
    rename: (libraryId, name) =>
      busy(async () => {
        const result = await host.updateLibraryScenario(libraryId, { name });
        if (result.status !== 'saved') {
          if (result.status === 'conflict') fail('notices.renameFailed', { status: 'error', kind: 'io', message: result.message }, { name });
          else fail('notices.renameFailed', result, { name });
          await refresh();
          return false;
        }
        for (const [id, t] of tracked) {
          if (t.link?.libraryId !== libraryId) continue;
          // The host moved the recovery record with the file; the open scenario follows the new id.
          t.link = { libraryId: result.entry.id, modified: result.entry.modified, name: result.entry.name };
          t.recoveryId = result.entry.id;
          if (t.baseline !== null) t.baseline = withDetails(t.baseline, { name: result.entry.name });
          // A stored name may carry both languages ("中文 · English"): each language keeps its part.
          store.setDetails(id, { name: splitBilingual(result.entry.name), copy: 1 });
        }
        publishLinks();
        notify('info', { key: 'notices.renamed', params: { name: result.entry.name } });
        await refresh();
        return true;
      }),

    setNotes: (libraryId, notes) =>
      busy(async () => {
        const result = await host.updateLibraryScenario(libraryId, { notes });
        if (result.status !== 'saved') {
          const error: HostError = result.status === 'conflict' ? { status: 'error', kind: 'io', message: result.message } : result;
          fail('notices.notesFailed', error, { name: libraryId });
          return false;
        }
        for (const [id, t] of tracked) {
          if (t.link?.libraryId !== libraryId) continue;
          // The open scenario takes the new notes, so its next save does not write the old ones back.
          t.link = { ...t.link, modified: result.entry.modified };
          if (t.baseline !== null) t.baseline = withDetails(t.baseline, { notes });
          store.setDetails(id, { notes });
        }
        publishLinks();
        notify('info', { key: 'notices.notesSaved', params: { name: result.entry.name } });
        await refresh();
        return true;
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
      busy(async () => {
        const result = await host.deleteLibraryScenario(libraryId);
        if (isError(result)) {
          fail('notices.deleteFailed', result, { name });
          await refresh();
          return false;
        }
        unlinkEntry(libraryId);
        notify('info', { key: 'notices.deleted', params: { name } }, { trashId: result.trashId, name });
        await refresh();
        return true;
      }),

    restoreDeleted: (trashId, name) =>
      busy(async () => {
        const result = await host.restoreDeletedScenario(trashId);
        if (isError(result)) {
          fail('notices.restoreFailed', result, { name });
          await refresh();
          return false;
        }
        notify('info', { key: 'notices.restored', params: { name } });
        await refresh();
        return true;
      }),
  };
}
