/**
 * The top bar's commands on open scenarios, through the library session against the browser host's
 * real library code over a memory backend: close (the neighbour takes over; the last one gives way to
 * the start preset; a discarded scenario's recovery record goes), rename (a library scenario's entry and
 * file, both language names kept; any other in the editor only, as an unsaved change), names checked
 * before a rename, a file save marking the scenario saved, and copies of presets keeping both names.
 */
import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/host/library/memory-backend';
import { MAX_NAME_LENGTH } from '../../../src/model/scenario-file/scenario-file';
import { createBrowserHost } from '../../../renderer/src/host/browser-host';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { createLibrarySession } from '../../../renderer/src/library/library-session';
import { libraryTemplates, saveNames } from '../../../renderer/src/library/save-names';
import { copyNames, nameProblem, uniqueStoredName } from '../../../renderer/src/library/scenario-names';
import { presetList, type Preset } from '../../../renderer/src/presets/preset-list';
import { createAppStore } from '../../../renderer/src/state/app-store';
import { loadPresetModules } from '../support/preset-modules';

const { presets } = presetList(loadPresetModules());
const preset = (id: string): Preset => presets.find((p) => p.id === id)!;

function setup() {
  const host = createBrowserHost({ storage: { getItem: () => null, setItem: () => undefined }, libraryBackend: createMemoryBackend() });
  const store = createAppStore(preset('trend'));
  const session = createLibrarySession(host, store, { autosaveDelayMs: 60_000, presets });
  return { host, store, session };
}
const activeScenario = (store: ReturnType<typeof createAppStore>) => store.getState().entries[store.getState().activeId].scenario;

describe('closing open scenarios', () => {
  it('makes the neighbour active, keeps the others’ histories, and opens the start preset after the last', () => {
    const { store } = setup();
    store.newFromPreset(preset('low-fertility'));
    store.newFromPreset(preset('talent-led'));
    const [trend, low, talent] = store.getState().order;
    store.setActive(low);
    store.setValue('levers', 'talentInflow', 6_000);
    store.setActive(trend);
    store.close(trend);
    expect(store.getState().order).toEqual([low, talent]);
    expect(store.getState().activeId).toBe(low);
    expect(store.getState().entries[low].history.past).toHaveLength(1);
    // Closing one that is not active leaves the active one be.
    store.close(talent);
    expect(store.getState().activeId).toBe(low);
    store.close(low);
    const [fresh] = store.getState().order;
    expect(store.getState().order).toHaveLength(1);
    expect(fresh).not.toBe(low);
    expect(activeScenario(store)).toMatchObject({ presetId: 'trend', copy: 1 });
  });

  it('discarding an unsaved scenario removes its recovery record; the others keep theirs', async () => {
    const { host, store, session } = setup();
    store.setValue('levers', 'talentInflow', 6_000);
    const first = store.getState().activeId;
    store.newFromPreset(preset('low-fertility'));
    store.setValue('levers', 'centralCityInflow', 20_000);
    const second = store.getState().activeId;
    session.flushAutosave();
    await expect.poll(async () => (await host.listRecovery()).length).toBe(2);
    expect(session.isDirty(second)).toBe(true);
    session.closeOpen(second);
    await expect.poll(async () => (await host.listRecovery()).length).toBe(1);
    const [kept] = await host.listRecovery();
    expect(JSON.parse(kept.text).levers.talentInflow).toBe(6_000);
    expect(store.getState().order).toEqual([first]);
    expect(session.isDirty(first)).toBe(true);
  });
});

describe('renaming the open scenario', () => {
  it('renames a library scenario’s entry and file with both language names; unsaved edits stay unsaved', async () => {
    const { host, store, session } = setup();
    expect(await session.newFromPreset(preset('trend'), '近期趋势 · Recent trend')).toBe(true);
    const id = store.getState().activeId;
    store.setValue('levers', 'talentInflow', 5_000);
    expect(await session.renameOpen(id, { zh: '会议方案', en: 'Meeting scenario' })).toBe(true);
    const entries = (await host.listLibrary()).entries;
    expect(entries.map((e) => [e.name, e.fileName])).toEqual([['会议方案 · Meeting scenario', '会议方案 · Meeting scenario.json']]);
    expect(activeScenario(store).name).toEqual({ zh: '会议方案', en: 'Meeting scenario' });
    expect(session.getState().links[id].libraryId).toBe('会议方案 · Meeting scenario.json');
    // The rename wrote the name only: the entry still has the levers it had, the edit is still unsaved.
    const read = await host.readLibraryScenario(entries[0].id);
    expect(read.status === 'opened' && JSON.parse(read.text).levers).toEqual({});
    expect(session.isDirty(id)).toBe(true);
  });

  it('renames a scenario not in the library in the editor only, as an unsaved change', async () => {
    const { host, store, session } = setup();
    const id = store.getState().activeId;
    expect(session.isDirty(id)).toBe(false);
    expect(await session.renameOpen(id, { zh: '  我的情景 ', en: '' })).toBe(true);
    expect(activeScenario(store).name).toEqual({ zh: '我的情景', en: '我的情景' });
    expect(session.isDirty(id)).toBe(true);
    expect((await host.listLibrary()).entries).toEqual([]);
    expect(session.getState().notice?.message).toMatchObject({ key: 'notices.renamedOpen', params: { name: '我的情景' } });
  });

  it('checks a new name: the Chinese part required, no language separator, the format’s length, no other entry’s name', () => {
    const taken = ['近期趋势 · Recent trend', '会议方案'];
    expect(nameProblem({ zh: ' ', en: 'English only' }, taken)).toBe('empty');
    expect(nameProblem({ zh: '甲 · 乙', en: '' }, taken)).toBe('separator');
    expect(nameProblem({ zh: '甲', en: 'A · B' }, taken)).toBe('separator');
    expect(nameProblem({ zh: '长'.repeat(MAX_NAME_LENGTH - 2), en: 'ab' }, taken)).toBe('tooLong');
    expect(nameProblem({ zh: '近期趋势', en: 'recent TREND' }, taken)).toBe('taken');
    expect(nameProblem({ zh: '会议方案', en: '' }, taken)).toBe('taken');
    // Its own name (a change of case only, or none) and a middle dot without spaces are fine.
    expect(nameProblem({ zh: '会议方案', en: '' }, taken, '会议方案')).toBeNull();
    expect(nameProblem({ zh: '阿依古丽·买买提', en: '' }, taken)).toBeNull();
  });
});

describe('saving', () => {
  it('a scenario saved to a file is no longer unsaved; a library scenario stays unsaved until its entry is written', async () => {
    const { store, session } = setup();
    const id = store.getState().activeId;
    store.setValue('levers', 'talentInflow', 5_000);
    expect(session.isDirty(id)).toBe(true);
    session.markSavedToFile(id);
    expect(session.isDirty(id)).toBe(false);
    await session.newFromPreset(preset('trend'), 'L');
    const linked = store.getState().activeId;
    store.setValue('levers', 'talentInflow', 5_000);
    session.markSavedToFile(linked);
    expect(session.isDirty(linked)).toBe(true);
  });

  it('saves a copy of a preset into the library under both language names, numbered in each language', async () => {
    const i18n = await createI18n('en');
    const { host, store, session } = setup();
    store.newFromPreset(preset('trend'));
    expect(activeScenario(store).copy).toBe(2);
    const names = saveNames(session, store, i18n);
    expect(names.newName).toBe(`${preset('trend').file.name.split(' · ')[0]}（2） · ${preset('trend').file.name.split(' · ')[1]} (2)`);
    expect(await session.saveActive(names)).toBe(true);
    const [entry] = (await host.listLibrary()).entries;
    expect(entry.name).toBe(names.newName);
    expect(activeScenario(store).name).toEqual({ zh: `${preset('trend').file.name.split(' · ')[0]}（2）`, en: `${preset('trend').file.name.split(' · ')[1]} (2)` });
    // A copy of the copy keeps both languages too, and is numbered when taken.
    const t = libraryTemplates(i18n);
    const copy = copyNames({ zh: '近期趋势', en: 'Recent trend' }, t, 'en');
    expect(copy).toEqual({ zh: '近期趋势 副本', en: 'Recent trend (copy)' });
    // A name in one language (the user's own) takes the interface language's copy word only.
    expect(copyNames({ zh: '会议方案', en: '会议方案' }, t, 'zh-CN')).toEqual({ zh: '会议方案 副本', en: '会议方案 副本' });
    expect(copyNames({ zh: 'Plan B', en: 'Plan B' }, t, 'en')).toEqual({ zh: 'Plan B (copy)', en: 'Plan B (copy)' });
    expect(uniqueStoredName(copy, ['近期趋势 副本 · Recent trend (copy)'], t)).toBe('近期趋势 副本（2） · Recent trend (copy) (2)');
  });
});
