/**
 * Unsaved observed tables get crash-recovery records like unsaved scenarios: the main process's
 * library and recovery handlers over the real file system keep the table as typed (wrong cells
 * included), a new process (a restart) lists it and gives the same table back, clearing removes the
 * file, and the scenario recovery offer leaves the record alone.
 */
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { draftRecordText, OBSERVED_RECOVERY_ID, parseDraftRecord, type ObservedDraft } from '../../../renderer/src/plan-data/observed-recovery';
import { emptyRow } from '../../../renderer/src/plan-data/observed-table';
import { makeTempFolder } from '../../helpers/folders';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempFolder());
  await mkdir(join(dir, 'library'), { recursive: true });
});
afterEach(() => cleanup());

/** A fresh main process's handlers over the same folders. */
const handlers = () => createLibraryHandlers(createFsBackend({ libraryFolder: () => join(dir, 'library'), recoveryFolder: join(dir, 'recovery') }));

/** A table being typed: two good years and a cell still wrong ("118.62万x"). */
const draft: ObservedDraft = {
  name: '西青年末数据（草稿）',
  source: '统计公报',
  libraryId: '西青年末数据.observations.json',
  rows: [
    { ...emptyRow('2022'), residents: '118.62万', hukouPopulation: '484300', source: '2022年公报', grade: 'B' },
    { ...emptyRow('2023'), residents: '118.62万x', births: '9000' },
  ],
};
const cells = (d: ObservedDraft) => d.rows.map(({ key: _key, ...rest }) => rest);

describe('observed-table recovery in the main process (real files)', () => {
  it('keeps the table as typed across a restart, and a clear removes the record', async () => {
    const first = handlers();
    const written = await first['recovery:write'](OBSERVED_RECOVERY_ID, draftRecordText(draft));
    expect(written.status).toBe('saved');
    expect(await readdir(join(dir, 'recovery'))).toHaveLength(1);

    const second = handlers();
    const records = await second['recovery:list']();
    const record = records.find((r) => r.id === OBSERVED_RECOVERY_ID)!;
    expect(record).toBeDefined();
    // Not a scenario: the list gives no scenario name for it.
    expect(record.name).toBeNull();
    const back = parseDraftRecord(record.text)!;
    expect(back.name).toBe(draft.name);
    expect(back.source).toBe(draft.source);
    expect(back.libraryId).toBe(draft.libraryId);
    expect(cells(back)).toEqual(cells(draft));

    await second['recovery:clear'](OBSERVED_RECOVERY_ID);
    expect(await readdir(join(dir, 'recovery'))).toEqual([]);
    expect(await handlers()['recovery:list']()).toEqual([]);
  });

  it('a record that is not an observed draft is not taken for one', () => {
    expect(parseDraftRecord('{"format":"xiqing-population-scenario","version":2}')).toBeNull();
    expect(parseDraftRecord('not json')).toBeNull();
    expect(parseDraftRecord(JSON.stringify({ format: 'xiqing-observations-draft', name: 'x', source: '', rows: [{ year: 2022 }] }))).toBeNull();
  });

  it('the text ignores row keys: the same cells give the same record (so an unchanged table is not rewritten)', () => {
    const again: ObservedDraft = { ...draft, rows: draft.rows.map((r) => ({ ...r, key: `other-${r.key}` })) };
    expect(draftRecordText(again)).toBe(draftRecordText(draft));
    expect(draftRecordText({ ...draft, rows: [draft.rows[0]] })).not.toBe(draftRecordText(draft));
  });
});

describe('the scenario recovery offer', () => {
  it('leaves the observed table’s record to its own panel (not offered, not discarded as a scenario)', async () => {
    const { createMemoryBackend } = await import('../../../src/host/library/memory-backend');
    const { createBrowserHost } = await import('../../../renderer/src/host/browser-host');
    const { createLibrarySession } = await import('../../../renderer/src/library/library-session');
    const { presetList } = await import('../../../renderer/src/presets/preset-list');
    const { createAppStore } = await import('../../../renderer/src/state/app-store');
    const { loadPresetModules } = await import('../../renderer/support/preset-modules');
    const { presets } = presetList(loadPresetModules());
    const host = createBrowserHost({ storage: { getItem: () => null, setItem: () => undefined }, libraryBackend: createMemoryBackend() });
    await host.writeRecovery(OBSERVED_RECOVERY_ID, draftRecordText(draft));
    const session = createLibrarySession(host, createAppStore(presets.find((p) => p.id === 'trend')!), { autosaveDelayMs: 60_000, presets });
    await session.checkRecovery();
    expect(session.getState().recovery).toBeNull();
    expect((await host.listRecovery()).map((r) => r.id)).toEqual([OBSERVED_RECOVERY_ID]);
  });
});
