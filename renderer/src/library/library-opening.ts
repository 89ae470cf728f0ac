// Opening scenarios: new from a preset, from the library, from the Open… dialog or a dropped file.
import type { OpenResult } from '../../../src/host/contract';
import { parseScenarioText, serializeScenario } from '@model';
import { scenarioText } from '../app/scenario-files';
import type { SessionCore } from './library-session-core';
import { isError, type LibrarySession } from './library-session-types';
import { canonicalText } from './scenario-text';

/** The open actions of a session; each is true when a scenario was opened. */
export function createOpening(core: SessionCore): Pick<LibrarySession, 'newFromPreset' | 'openEntry' | 'openFileDialog' | 'openDropped'> {
  const { host, store, tracked, scenarioOf, openText, linkTo, notify, fail, busy, refresh } = core;

  /** Shows what came back from Open…, a drop or a recent file; opens the scenario if there is one. */
  const opened = (result: OpenResult, fallbackName: string): boolean => {
    if (result.status === 'canceled') return false;
    if (isError(result)) {
      fail(fallbackName ? 'notices.openFailed' : 'notices.openFailedUnnamed', result, { name: fallbackName });
      return false;
    }
    const id = openText(result.file.text, result.file.path);
    if (!id) {
      fail('notices.openFailed', { status: 'error', kind: 'invalid', message: result.file.name }, { name: result.file.name });
      return false;
    }
    notify('info', result.migratedFrom === undefined
      ? { key: 'notices.openedFile', params: { name: result.file.name } }
      : { key: 'notices.openedMigrated', params: { name: result.file.name, version: result.migratedFrom } });
    return true;
  };

  return {
    newFromPreset: (preset, name) =>
      busy(async () => {
        const text = serializeScenario({ ...preset.file, name });
        const result = await host.saveLibraryScenario({ text });
        if (result.status !== 'saved') {
          if (isError(result)) fail('notices.createFailed', result, { name });
          return false;
        }
        const id = openText(text, null);
        if (!id) return false;
        const scenario = scenarioOf(id);
        if (scenario) linkTo(id, result.entry, scenarioText(scenario));
        notify('info', { key: 'notices.created', params: { name: result.entry.name } });
        await refresh();
        return true;
      }),

    openEntry: (libraryId) =>
      busy(async () => {
        for (const [id, t] of tracked) {
          if (t.link?.libraryId === libraryId && scenarioOf(id)) {
            store.setActive(id);
            return true;
          }
        }
        const result = await host.readLibraryScenario(libraryId);
        if (isError(result)) {
          fail('notices.openFailed', result, { name: libraryId });
          await refresh();
          return false;
        }
        const parsed = parseScenarioText(result.text);
        const id = parsed.ok ? openText(result.text, null) : null;
        if (!parsed.ok || !id) {
          fail('notices.openFailed', { status: 'error', kind: 'invalid', message: libraryId }, { name: result.entry.name });
          return false;
        }
        linkTo(id, result.entry, canonicalText(parsed.scenario));
        notify('info', result.entry.migratedFrom === undefined
          ? { key: 'notices.opened', params: { name: result.entry.name } }
          : { key: 'notices.openedMigrated', params: { name: result.entry.name, version: result.entry.migratedFrom } });
        return true;
      }),

    openFileDialog: () => busy(async () => opened(await host.openScenarioDialog(), '')),
    openDropped: (file) => busy(async () => opened(await host.openDroppedScenario(file), file.name)),
  };
}
