// Saving open scenarios into the library, with the overwrite guard and the conflict the user settles.
import type { LibraryEntry, LibrarySaveResult } from '../../../src/host/contract';
import { scenarioText } from '../app/scenario-files';
import { splitBilingual } from '@model';
import type { Scenario } from '../state/scenario';
import type { SessionCore } from './library-session-core';
import { isError, type LibraryLink, type LibrarySession } from './library-session-types';

/**
 * The save actions of a session. A save only overwrites an entry if it is unchanged since it was
 * opened, else the user is asked (`state.conflict`).
 */
export function createSaving(core: SessionCore): Pick<LibrarySession, 'saveActive' | 'resolveConflict'> {
  const { host, store, track, scenarioOf, tracked, set, notify, fail, busy } = core;

  /** After a successful save of `scenarioId` as `text` into `entry`. */
  const saved = async (scenarioId: string, entry: LibraryEntry, text: string) => {
    const previous = track(scenarioId).recoveryId;
    core.linkTo(scenarioId, entry, text);
    // The saved work needs no recovery record any more (under its old id too, after a first save).
    if (previous !== entry.id) void host.clearRecovery(previous).catch(() => undefined);
    void host.clearRecovery(entry.id).catch(() => undefined);
    notify('info', { key: 'notices.saved', params: { name: entry.name } });
    await core.refresh();
    // An edit made while the save was on its way is still unsaved work.
    core.autosave.schedule();
  };

  const createEntry = async (scenarioId: string, name: string): Promise<boolean> => {
    const scenario = scenarioOf(scenarioId);
    if (!scenario) return false;
    // The name may carry both languages ("中文 · English"), as a copy of a preset does.
    const named: Scenario = { ...scenario, name: splitBilingual(name), copy: 1 };
    const text = scenarioText(named);
    const result = await host.saveLibraryScenario({ text });
    if (result.status !== 'saved') {
      if (isError(result)) fail('notices.saveFailed', result, { name });
      return false;
    }
    store.setDetails(scenarioId, { name: named.name, copy: 1 });
    await saved(scenarioId, result.entry, text);
    return true;
  };

  const overwrite = async (scenarioId: string, link: LibraryLink, guarded: boolean, copyName: string): Promise<boolean> => {
    const scenario = scenarioOf(scenarioId);
    if (!scenario) return false;
    const text = scenarioText(scenario);
    const result: LibrarySaveResult = await host.saveLibraryScenario(
      guarded ? { id: link.libraryId, text, expectedModified: link.modified } : { id: link.libraryId, text },
    );
    if (result.status === 'saved') {
      await saved(scenarioId, result.entry, text);
      return true;
    }
    if (result.status === 'conflict') {
      set({ conflict: { scenarioId, reason: 'changed', libraryId: link.libraryId, name: link.name, modified: result.entry.modified, copyName } });
      return false;
    }
    if (result.kind === 'not-found') {
      set({ conflict: { scenarioId, reason: 'missing', libraryId: link.libraryId, name: link.name, copyName } });
      return false;
    }
    fail('notices.saveFailed', result, { name: link.name });
    return false;
  };

  return {
    saveActive: (names) =>
      busy(async () => {
        const scenarioId = store.getState().activeId;
        const { link } = track(scenarioId);
        return link ? overwrite(scenarioId, link, true, names.copyName) : createEntry(scenarioId, names.newName);
      }),

    resolveConflict: (choice) =>
      busy(async () => {
        const conflict = core.getState().conflict;
        if (!conflict) return;
        set({ conflict: null });
        const t = tracked.get(conflict.scenarioId);
        if (choice === 'cancel' || !t) {
          notify('info', { key: 'notices.notSaved', params: { name: conflict.name } });
          core.autosave.schedule();
          return;
        }
        if (choice === 'overwrite' && conflict.reason === 'changed' && t.link) {
          await overwrite(conflict.scenarioId, t.link, false, conflict.copyName);
          return;
        }
        await createEntry(conflict.scenarioId, conflict.copyName);
      }),
  };
}
