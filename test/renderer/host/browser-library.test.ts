import { describe, expect, it } from 'vitest';
import { createMemoryBackend } from '../../../src/host/library/memory-backend';
import { HostArgumentError } from '../../../src/host/schemas';
import { serializeScenario } from '../../../src/model/scenario-file/scenario-file';
import { createBrowserHost } from '../../../renderer/src/host/browser-host';

// The browser host's library over the memory backend (same contract as its IndexedDB backend, which
// the Chromium end-to-end run exercises). Runs in Node: no DOM, no IndexedDB.

const text = (name: string, notes = '') => serializeScenario({ name, description: '', levers: {}, notes });
const storage = () => ({ getItem: () => null, setItem: () => undefined });

function setup() {
  // A frozen clock: the backend must still give each write a later modification time.
  const backend = createMemoryBackend({ now: () => new Date('2025-05-01T00:00:00.000Z') });
  return { host: createBrowserHost({ storage: storage(), libraryBackend: backend }), backend };
}

describe('the browser host library', () => {
  it('creates, lists, reads, edits, duplicates, deletes and restores scenarios', async () => {
    const { host, backend } = setup();
    const created = await host.saveLibraryScenario({ text: text('三孩: 提升') });
    expect(created).toMatchObject({ status: 'saved', entry: { id: '三孩_ 提升.json', name: '三孩: 提升' } });
    const listing = await host.listLibrary();
    expect(listing).toMatchObject({ folder: null, unreadable: [], entries: [{ id: '三孩_ 提升.json' }] });
    expect(await host.readLibraryScenario('三孩_ 提升.json')).toMatchObject({ status: 'opened', text: text('三孩: 提升') });
    const renamed = await host.updateLibraryScenario('三孩_ 提升.json', { name: '三孩提升', notes: '会议' });
    expect(renamed).toMatchObject({ status: 'saved', entry: { id: '三孩提升.json', notes: '会议' } });
    expect(await host.duplicateLibraryScenario('三孩提升.json', '三孩提升 副本')).toMatchObject({ status: 'saved', entry: { id: '三孩提升 副本.json' } });
    const deleted = await host.deleteLibraryScenario('三孩提升.json');
    expect(deleted.status).toBe('deleted');
    expect(Object.keys(backend.snapshot().trash)).toHaveLength(1);
    expect(await host.listDeletedScenarios()).toMatchObject([{ name: '三孩提升', fileName: '三孩提升.json' }]);
    expect(await host.restoreDeletedScenario((deleted as { trashId: string }).trashId)).toEqual({ status: 'restored', id: '三孩提升.json' });
    expect((await host.listLibrary()).entries.map((e) => e.id).sort()).toEqual(['三孩提升 副本.json', '三孩提升.json']);
  });

  it('detects a save over a scenario changed since it was read, even within the same millisecond', async () => {
    const { host } = setup();
    const created = await host.saveLibraryScenario({ text: text('a') });
    const { entry } = created as { entry: { id: string; modified: string } };
    expect(await host.saveLibraryScenario({ id: entry.id, text: text('a', '1'), expectedModified: entry.modified })).toMatchObject({ status: 'saved' });
    expect(await host.saveLibraryScenario({ id: entry.id, text: text('a', '2'), expectedModified: entry.modified })).toMatchObject({ status: 'conflict', entry: { notes: '1' } });
  });

  it('keeps unsaved work for recovery and clears it', async () => {
    const { host } = setup();
    await host.writeRecovery('unsaved:1', text('草稿'));
    await host.writeRecovery('a.json', 'not yet valid');
    const byId = (await host.listRecovery()).sort((a, b) => a.id.localeCompare(b.id));
    expect(byId).toMatchObject([{ id: 'a.json', name: null, text: 'not yet valid' }, { id: 'unsaved:1', name: '草稿' }]);
    await host.clearRecovery('unsaved:1');
    expect((await host.listRecovery()).map((r) => r.id)).toEqual(['a.json']);
  });

  it('refuses bad arguments exactly as main does, and has no folder to choose', async () => {
    const { host } = setup();
    await expect(host.readLibraryScenario('../x.json')).rejects.toBeInstanceOf(HostArgumentError);
    await expect(host.saveLibraryScenario({ text: text('a'), expectedModified: 'now' })).rejects.toBeInstanceOf(HostArgumentError);
    expect(await host.chooseLibraryFolder()).toMatchObject({ status: 'error', kind: 'not-allowed' });
  });

  it('opens a dropped file from the File itself, with the same checks as an opened one', async () => {
    const { host } = setup();
    expect(await host.openDroppedScenario(new File([`\uFEFF${text('拖入')}`], '拖入.json'))).toEqual({
      status: 'opened', file: { path: '拖入.json', name: '拖入.json', text: text('拖入') },
    });
    expect(await host.openDroppedScenario(new File(['{"name":"x"}'], 'package.json'))).toMatchObject({ status: 'error', kind: 'foreign' });
    expect(await host.openDroppedScenario(new File([new Uint8Array([0xff, 0xfe, 0x00])], 'a.json'))).toMatchObject({ status: 'error', kind: 'not-json' });
  });

  it('falls back to an in-memory library where there is no IndexedDB', async () => {
    const host = createBrowserHost({ storage: storage() });
    expect(await host.saveLibraryScenario({ text: text('x') })).toMatchObject({ status: 'saved' });
    expect((await host.listLibrary()).entries).toHaveLength(1);
  });
});
