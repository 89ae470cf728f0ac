/**
 * The library session (renderer/src/library) against the browser host's real library code over a
 * memory backend, in Node: new from preset, save with the overwrite guard (conflict → overwrite or
 * copy, never silently), rename and notes following into the open scenario, delete with Undo,
 * autosave to the recovery area and restoring it in a "new run", and the typed error messages.
 */
import { describe, expect, it } from 'vitest';
import type { HostErrorKind } from '../../../src/host/contract';
import { createMemoryBackend } from '../../../src/host/library/memory-backend';
import { parseScenarioText, scenarioValues, serializeScenario } from '../../../src/model/scenario-file/scenario-file';
import { scenarioText } from '../../../renderer/src/app/scenario-files';
import { createBrowserHost } from '../../../renderer/src/host/browser-host';
import { createI18n } from '../../../renderer/src/i18n/i18n';
import { createLibrarySession } from '../../../renderer/src/library/library-session';
import { UNSAVED_PREFIX } from '../../../renderer/src/library/library-session-types';
import { formatTime, hostErrorText, messageText } from '../../../renderer/src/library/library-messages';
import { canonicalText, uniqueName, withDetails } from '../../../renderer/src/library/scenario-text';
import { presetList, type Preset } from '../../../renderer/src/presets/preset-list';
import { createAppStore } from '../../../renderer/src/state/app-store';
import { loadPresetModules } from '../support/preset-modules';

const { presets } = presetList(loadPresetModules());
const preset = (id: string): Preset => presets.find((p) => p.id === id)!;
const storage = () => ({ getItem: () => null, setItem: () => undefined });

function setup(backend = createMemoryBackend()) {
  const host = createBrowserHost({ storage: storage(), libraryBackend: backend });
  const store = createAppStore(preset('trend'));
  const session = createLibrarySession(host, store, { autosaveDelayMs: 60_000, presets });
  return { backend, host, store, session };
}

const active = (store: ReturnType<typeof createAppStore>) => store.getState().entries[store.getState().activeId].scenario;
const names = { newName: 'new', copyName: '趋势 副本' };

describe('library session', () => {
  it('creates a scenario from a preset in the library, opens it linked and unchanged', async () => {
    const { host, store, session } = setup();
    expect(await session.newFromPreset(preset('central-city-surge'), '中心城区疏解加快')).toBe(true);
    const listing = (await host.listLibrary()).entries;
    expect(listing).toMatchObject([{ name: '中心城区疏解加快', id: '中心城区疏解加快.json' }]);
    const id = store.getState().activeId;
    expect(session.getState().links[id]).toMatchObject({ libraryId: '中心城区疏解加快.json', name: '中心城区疏解加快' });
    expect(active(store).levers.centralCityInflow).toBe(25_000);
    expect(session.isDirty(id)).toBe(false);
    expect(session.getState().notice?.message.key).toBe('notices.created');
  });

  it('autosaves an edit to the recovery area, and a save clears it and writes the lever into the entry', async () => {
    const { host, store, session } = setup();
    await session.newFromPreset(preset('trend'), '趋势');
    const id = store.getState().activeId;
    store.setValue('levers', 'talentInflow', 7_000);
    expect(session.isDirty(id)).toBe(true);
    session.flushAutosave();
    const records = await host.listRecovery();
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ id: '趋势.json', name: '趋势' });
    expect(JSON.parse(records[0].text).levers.talentInflow).toBe(7_000);

    expect(await session.saveActive(names)).toBe(true);
    expect(session.isDirty(id)).toBe(false);
    expect(await host.listRecovery()).toEqual([]);
    const read = await host.readLibraryScenario('趋势.json');
    expect(read.status).toBe('opened');
    if (read.status === 'opened') {
      expect(JSON.parse(read.text).levers).toEqual({ talentInflow: 7_000 });
      expect(session.getState().links[id].modified).toBe(read.entry.modified);
    }
    // Changing it back to the saved value is not unsaved work: no record is kept.
    store.setValue('levers', 'talentInflow', 8_000);
    session.flushAutosave();
    store.setValue('levers', 'talentInflow', 7_000);
    session.flushAutosave();
    expect(await host.listRecovery()).toEqual([]);
  });

  it('clears the record at once when an edit is changed back to the saved text, without waiting for the autosave delay', async () => {
    const { host, store, session } = setup();
    const before = active(store);
    store.setValue('levers', 'talentInflow', 7_000);
    session.flushAutosave();
    expect(await host.listRecovery()).toHaveLength(1);
    // An undo, then (in the app) perhaps a reload well inside the 60 s delay: no flush is asked for.
    store.setValue('levers', 'talentInflow', before.levers.talentInflow);
    await expect.poll(() => host.listRecovery()).toEqual([]);
  });

  it('asks before overwriting an entry changed since it was opened; overwrite writes ours', async () => {
    const { host, store, session } = setup();
    await session.newFromPreset(preset('trend'), 'A');
    const id = store.getState().activeId;
    await host.updateLibraryScenario('A.json', { notes: 'from another window' });
    store.setValue('levers', 'centralCityInflow', 20_000);
    expect(await session.saveActive(names)).toBe(false);
    expect(session.getState().conflict).toMatchObject({ reason: 'changed', libraryId: 'A.json', name: 'A', copyName: names.copyName });
    const before = await host.readLibraryScenario('A.json');
    expect(before.status === 'opened' && JSON.parse(before.text).levers).toEqual({});
    await session.resolveConflict('overwrite');
    expect(session.getState().conflict).toBeNull();
    const after = await host.readLibraryScenario('A.json');
    expect(after.status === 'opened' && JSON.parse(after.text).levers).toEqual({ centralCityInflow: 20_000 });
    expect(session.isDirty(id)).toBe(false);
  });

  it('saves a copy instead when asked; cancel keeps the work unsaved', async () => {
    const { host, store, session } = setup();
    await session.newFromPreset(preset('trend'), 'B');
    const id = store.getState().activeId;
    await host.updateLibraryScenario('B.json', { notes: 'x' });
    store.setValue('levers', 'talentInflow', 6_000);
    await session.saveActive({ newName: 'n', copyName: 'B 副本' });
    await session.resolveConflict('copy');
    expect(session.getState().links[id]).toMatchObject({ libraryId: 'B 副本.json', name: 'B 副本' });
    expect(active(store).name).toEqual({ zh: 'B 副本', en: 'B 副本' });
    const b = await host.readLibraryScenario('B.json');
    expect(b.status === 'opened' && JSON.parse(b.text)).toMatchObject({ notes: 'x', levers: {} });

    await host.updateLibraryScenario('B 副本.json', { notes: 'y' });
    store.setValue('levers', 'talentInflow', 6_500);
    await session.saveActive({ newName: 'n', copyName: 'B 副本 (2)' });
    expect(session.getState().conflict).toMatchObject({ reason: 'changed' });
    await session.resolveConflict('cancel');
    expect(session.getState().notice?.message.key).toBe('notices.notSaved');
    expect(session.isDirty(id)).toBe(true);
  });

  it('saves a scenario not yet in the library as a new entry under its shown name', async () => {
    const { host, store, session } = setup();
    const id = store.getState().activeId;
    store.setValue('levers', 'tfr2025', 0.9);
    session.flushAutosave();
    const [record] = await host.listRecovery();
    expect(record.id.startsWith(UNSAVED_PREFIX)).toBe(true);
    expect(await session.saveActive({ newName: '近期趋势: 我的', copyName: 'x' })).toBe(true);
    const entry = (await host.listLibrary()).entries[0];
    // A name with a character Windows forbids in file names keeps it; only the file name is made safe.
    expect(entry).toMatchObject({ name: '近期趋势: 我的', id: '近期趋势_ 我的.json' });
    expect(session.getState().links[id].libraryId).toBe(entry.id);
    expect(active(store).name.zh).toBe('近期趋势: 我的');
    // The unsaved record was cleared with the save.
    expect(await host.listRecovery()).toEqual([]);
  });

  it('renames and edits notes in the library, and the open scenario follows (so a save keeps them)', async () => {
    const { host, store, session } = setup();
    await session.newFromPreset(preset('trend'), '旧名');
    const id = store.getState().activeId;
    store.setValue('levers', 'talentInflow', 5_000);
    expect(await session.rename('旧名.json', '新名: 人才')).toBe(true);
    expect(session.getState().links[id].libraryId).toBe('新名_ 人才.json');
    expect(active(store).name.zh).toBe('新名: 人才');
    expect(await session.setNotes('新名_ 人才.json', '会议用')).toBe(true);
    expect(active(store).notes).toBe('会议用');
    expect(session.isDirty(id)).toBe(true);
    expect(await session.saveActive(names)).toBe(true);
    const read = await host.readLibraryScenario('新名_ 人才.json');
    expect(read.status === 'opened' && JSON.parse(read.text)).toMatchObject({ name: '新名: 人才', notes: '会议用', levers: { talentInflow: 5_000 } });
  });

  it('deletes with Undo, and duplicates', async () => {
    const { host, session } = setup();
    await session.newFromPreset(preset('trend'), 'C');
    expect(await session.duplicate('C.json', 'C 副本')).toBe(true);
    expect(await session.remove('C.json', 'C')).toBe(true);
    const notice = session.getState().notice!;
    expect(notice.undo).toMatchObject({ name: 'C' });
    expect(session.getState().links).toEqual({});
    expect(session.getState().deleted).toMatchObject([{ name: 'C' }]);
    expect(await session.restoreDeleted(notice.undo!.trashId, 'C')).toBe(true);
    expect((await host.listLibrary()).entries.map((e) => e.name).sort()).toEqual(['C', 'C 副本']);
  });

  it('offers unsaved work at the next start; restoring brings the edit back, discarding clears it', async () => {
    const backend = createMemoryBackend();
    const first = setup(backend);
    await first.session.newFromPreset(preset('trend'), 'D');
    first.store.setValue('levers', 'centralCityInflow', 31_000);
    first.store.setActive(first.store.getState().order[0]);
    first.store.setValue('levers', 'talentInflow', 4_000);
    first.session.flushAutosave();
    expect(await first.host.listRecovery()).toHaveLength(2);

    // A new run over the same storage (a reload, or a restart after a crash).
    const second = setup(backend);
    await second.session.checkRecovery();
    expect(second.session.getState().recovery).toHaveLength(2);
    await second.session.restoreRecovery();
    expect(second.session.getState().recovery).toBeNull();
    const opened = second.store.getState().order.slice(1).map((id) => second.store.getState().entries[id].scenario);
    expect(opened.map((s) => s.levers.centralCityInflow).sort()).toEqual([14_800, 31_000]);
    expect(opened.find((s) => s.levers.talentInflow === 4_000)?.name.en).toBe('Recent trend');
    const restoredD = second.store.getState().order.find((id) => second.store.getState().entries[id].scenario.levers.centralCityInflow === 31_000)!;
    expect(second.session.getState().links[restoredD]).toMatchObject({ libraryId: 'D.json' });
    expect(second.session.isDirty(restoredD)).toBe(true);
    // The records stay until the work is saved: a crash now would still not lose it.
    expect(await second.host.listRecovery()).toHaveLength(2);

    const third = setup(backend);
    await third.session.checkRecovery();
    await third.session.discardRecovery();
    expect(await third.host.listRecovery()).toEqual([]);
  });

  it('does not offer a record that holds no work (an unchanged preset, or the library file as it is)', async () => {
    const backend = createMemoryBackend();
    const first = setup(backend);
    await first.session.newFromPreset(preset('trend'), 'E');
    const e = first.store.getState().activeId;
    const trendText = scenarioText(first.store.getState().entries[first.store.getState().order[0]].scenario);
    // As if a clear was overtaken by the exit: records equal to what is already stored elsewhere.
    await first.host.writeRecovery(`${UNSAVED_PREFIX}old:scenario-1`, trendText);
    await first.host.writeRecovery('E.json', scenarioText(first.store.getState().entries[e].scenario));
    await first.host.writeRecovery(`${UNSAVED_PREFIX}old:scenario-9`, trendText.replace('"levers": {}', '"levers": { "talentInflow": 5000 }'));
    const second = setup(backend);
    await second.session.checkRecovery();
    expect(second.session.getState().recovery?.map((r) => r.id)).toEqual([`${UNSAVED_PREFIX}old:scenario-9`]);
    expect((await second.host.listRecovery()).map((r) => r.id)).toEqual([`${UNSAVED_PREFIX}old:scenario-9`]);
  });

  it('shows an unreadable dropped file as a typed error and opens a good one', async () => {
    const { store, session } = setup();
    const order = store.getState().order.length;
    expect(await session.openDropped(new File(['{"hello": 1}'], 'other.json'))).toBe(false);
    expect(session.getState().notice).toMatchObject({ tone: 'error', message: { key: 'notices.openFailed', error: { kind: 'foreign' } } });
    expect(await session.openDropped(new File(['{ not json'], 'broken.json'))).toBe(false);
    expect(session.getState().notice?.message.error?.kind).toBe('not-json');
    const future = JSON.stringify({ format: 'xiqing-population-scenario', version: 99, name: 'x', description: '', levers: {}, notes: '' });
    expect(await session.openDropped(new File([future], 'future.json'))).toBe(false);
    expect(session.getState().notice?.message.error).toMatchObject({ kind: 'future-version', version: 99 });
    // A file that breaks one field names it.
    const bad = JSON.stringify({ format: 'xiqing-population-scenario', version: 1, name: 'x', description: '', levers: { centralCityInflow: -5 }, notes: '' });
    expect(await session.openDropped(new File([bad], 'bad.json'))).toBe(false);
    expect(session.getState().notice?.message.error).toMatchObject({ kind: 'invalid', field: 'levers.centralCityInflow' });
    expect(store.getState().order).toHaveLength(order);
    const good = serializeScenario({ name: '拖入的方案', description: '', levers: { talentInflow: 9_000 }, notes: '' });
    expect(await session.openDropped(new File([good], '拖入.json'))).toBe(true);
    expect(active(store)).toMatchObject({ name: { zh: '拖入的方案' }, levers: { talentInflow: 9_000 } });
  });
});

describe('library messages', () => {
  const KINDS: HostErrorKind[] = ['not-json', 'foreign', 'future-version', 'invalid', 'too-large', 'not-found', 'not-allowed', 'io'];

  it('give every error kind its own text in both languages, saying nothing was lost', async () => {
    for (const language of ['zh-CN', 'en'] as const) {
      const t = (await createI18n(language)).getFixedT(language, 'library');
      const texts = KINDS.map((kind) => hostErrorText({ status: 'error', kind, message: 'x', version: 7 }, t));
      expect(new Set(texts).size).toBe(KINDS.length);
      for (const text of texts) expect(text.length).toBeGreaterThan(8);
      expect(texts[2]).toContain('7');
      const full = messageText({ key: 'notices.openFailed', params: { name: 'a.json' }, error: { status: 'error', kind: 'too-large', message: 'x' } }, t);
      expect(full).toContain('a.json');
      expect(full).toContain(t('errors.too-large'));
      expect(full).toContain(t('errors.nothingLost'));
    }
  });

  it('call a file that is not JSON “not a scenario file”, not damaged, and name the field of an invalid one', async () => {
    const zh = (await createI18n('zh-CN')).getFixedT('zh-CN', 'library');
    const en = (await createI18n('en')).getFixedT('en', 'library');
    expect(hostErrorText({ status: 'error', kind: 'not-json', message: 'x' }, zh)).toMatch(/^这不是情景文件/);
    expect(hostErrorText({ status: 'error', kind: 'not-json', message: 'x' }, en)).toMatch(/^This is not a scenario file/);
    expect(hostErrorText({ status: 'error', kind: 'not-json', message: 'x' }, en)).not.toMatch(/damaged/);
    expect(hostErrorText({ status: 'error', kind: 'invalid', message: 'x', field: 'levers.talentInflow' }, zh)).toContain('“levers.talentInflow”');
    expect(hostErrorText({ status: 'error', kind: 'invalid', message: 'x', field: 'levers.talentInflow' }, en)).toContain('“levers.talentInflow”');
  });

  it('show a name that carries both languages (a dropped preset, a preset copy) in the interface language', async () => {
    const en = (await createI18n('en')).getFixedT('en', 'library');
    const zh = (await createI18n('zh-CN')).getFixedT('zh-CN', 'library');
    const message = { key: 'notices.openedFile', params: { name: '近期趋势延续 · Recent trend continued' } };
    expect(messageText(message, en, 'en')).toContain('Recent trend continued');
    expect(messageText(message, en, 'en')).not.toContain('近期');
    expect(messageText(message, zh, 'zh-CN')).toContain('近期趋势延续');
    expect(messageText(message, zh, 'zh-CN')).not.toContain('Recent');
  });

  it('formats times per locale', () => {
    expect(formatTime('2025-05-12T06:03:00.000Z', 'zh-CN', 'Asia/Shanghai')).toBe('2025年5月12日 14:03');
    expect(formatTime('2025-05-12T06:03:00.000Z', 'en', 'Asia/Shanghai')).toMatch(/^May 12, 2025, 2:03\sPM$/);
    expect(formatTime('not a time', 'en')).toBe('not a time');
  });
});

describe('scenario text helpers', () => {
  it('the canonical text of a file equals what the editor writes for it unchanged', () => {
    const file = parseScenarioText(serializeScenario({ name: '甲', description: 'd', levers: { talentInflow: 9_000, careBedsPer1000Elderly: 50 }, notes: 'n' }));
    if (!file.ok) throw new Error('fixture');
    const store = createAppStore(preset('trend'));
    store.openFile(file.scenario, null);
    expect(scenarioText(active(store))).toBe(canonicalText(file.scenario));
    expect(scenarioValues(file.scenario).norms.careBedsPer1000Elderly).toBe(50);
    const renamed = withDetails(canonicalText(file.scenario), { name: '乙', notes: 'm' });
    expect(JSON.parse(renamed)).toMatchObject({ name: '乙', notes: 'm', levers: { talentInflow: 9_000 } });
    expect(withDetails('{ bad', { name: 'x' })).toBe('{ bad');
  });

  it('numbers a name already taken, ignoring case', () => {
    const numbered = (b: string, n: number) => `${b}（${n}）`;
    expect(uniqueName('趋势', [], numbered)).toBe('趋势');
    expect(uniqueName('趋势', ['趋势', '趋势（2）'], numbered)).toBe('趋势（3）');
    expect(uniqueName('Trend', ['trend'], (b, n) => `${b} (${n})`)).toBe('Trend (2)');
  });
});
