import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HostHandlers, LibraryEntry } from '../../../src/host/contract';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { makeTempFolder, scenarioText, snapshot } from '../../helpers/folders';

// The library over real folders (the Electron backend), through the same handler map main registers.

let dir: string;
let cleanup: () => Promise<void>;
let lib: string;
let library: ReturnType<typeof createLibraryHandlers>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempFolder());
  lib = join(dir, '文档', '西青区人口情景方案');
  library = createLibraryHandlers(createFsBackend({ libraryFolder: () => lib, recoveryFolder: join(dir, 'recovery') }));
});
afterEach(() => cleanup());

type Saved = Extract<Awaited<ReturnType<HostHandlers['library:save']>>, { status: 'saved' }>;
async function create(name: string, extra?: Parameters<typeof scenarioText>[1]): Promise<LibraryEntry> {
  const result = await library['library:save']({ text: scenarioText(name, extra) });
  expect(result.status).toBe('saved');
  return (result as Saved).entry;
}

describe('the library in a real folder', () => {
  it('lists an absent folder as empty, then creates it on the first save, under a Windows-safe Chinese name', async () => {
    expect(await library['library:list']()).toEqual({ folder: lib, entries: [], unreadable: [] });
    const entry = await create('人才: 高/低?', { notes: '备注', levers: { talentInflow: 8000 } });
    expect(entry).toMatchObject({ id: '人才_ 高_低_.json', fileName: '人才_ 高_低_.json', name: '人才: 高/低?', notes: '备注', description: '' });
    expect(await readFile(join(lib, entry.fileName), 'utf8')).toBe(scenarioText('人才: 高/低?', { notes: '备注', levers: { talentInflow: 8000 } }));
    expect(entry.modified).toBe(new Date((await stat(join(lib, entry.fileName))).mtimeMs).toISOString());
    expect((await library['library:list']()).entries).toEqual([entry]);
  });

  it('numbers scenarios whose file names would collide, ignoring case as Windows does', async () => {
    const names = [(await create('Trend')).fileName, (await create('Trend')).fileName, (await create('trend')).fileName, (await create('CON')).fileName];
    expect(names).toEqual(['Trend.json', 'Trend (2).json', 'trend (3).json', '_CON.json']);
    expect((await readdir(lib)).sort()).toEqual([...names].sort());
  });

  it('overwrites by id only while the file is unchanged since it was read', async () => {
    const entry = await create('方案A');
    const first = await library['library:save']({ id: entry.id, text: scenarioText('方案A', { notes: 'v2' }), expectedModified: entry.modified });
    expect(first).toMatchObject({ status: 'saved', entry: { id: entry.id, notes: 'v2' } });
    // A second window (or another program) saved meanwhile: the stale save is refused, nothing is written.
    const stale = await library['library:save']({ id: entry.id, text: scenarioText('方案A', { notes: 'stale' }), expectedModified: entry.modified });
    expect(stale).toMatchObject({ status: 'conflict', entry: { notes: 'v2' }, message: expect.stringMatching(/changed since it was opened/) });
    expect(await readFile(join(lib, entry.id), 'utf8')).toBe(scenarioText('方案A', { notes: 'v2' }));
    // Without the check (the user chose "overwrite"), it is written.
    expect(await library['library:save']({ id: entry.id, text: scenarioText('方案A', { notes: 'v3' }) })).toMatchObject({ status: 'saved' });
  });

  it('renames the scenario and its file, keeping levers and notes; unsaved work kept for it follows', async () => {
    const entry = await create('旧名称', { notes: 'n', levers: { tfr2025: 0.9 } });
    await library['recovery:write'](entry.id, 'unsaved work');
    const renamed = await library['library:update'](entry.id, { name: '新名称 · New' }, entry.modified);
    expect(renamed).toMatchObject({ status: 'saved', entry: { id: '新名称 · New.json', name: '新名称 · New', notes: 'n' } });
    expect(await readdir(lib)).toEqual(['新名称 · New.json']);
    expect(await readFile(join(lib, '新名称 · New.json'), 'utf8')).toBe(scenarioText('新名称 · New', { notes: 'n', levers: { tfr2025: 0.9 } }));
    expect((await library['recovery:list']()).map((r) => r.id)).toEqual(['新名称 · New.json']);
  });

  it('a rename never overwrites another scenario’s file: a taken file name is numbered, both files whole', async () => {
    const kept = await create('会议方案 · Council', { levers: { talentInflow: 6_000 } });
    const moved = await create('草稿', { levers: { tfr2025: 0.8 } });
    const keptText = await readFile(join(lib, kept.fileName), 'utf8');
    const renamed = await library['library:update'](moved.id, { name: '会议方案 · council' }, moved.modified);
    expect(renamed).toMatchObject({ status: 'saved', entry: { id: '会议方案 · council (2).json', name: '会议方案 · council' } });
    expect((await readdir(lib)).sort()).toEqual(['会议方案 · Council.json', '会议方案 · council (2).json'].sort());
    expect(await readFile(join(lib, kept.fileName), 'utf8')).toBe(keptText);
    expect(JSON.parse(await readFile(join(lib, '会议方案 · council (2).json'), 'utf8')).levers).toEqual({ tfr2025: 0.8 });
    // A stale rename (the entry changed since it was read) writes nothing.
    const stale = await library['library:update']('会议方案 · council (2).json', { name: '别的' }, moved.modified);
    expect(stale.status).toBe('conflict');
    expect((await readdir(lib)).sort()).toEqual(['会议方案 · Council.json', '会议方案 · council (2).json'].sort());
  });

  it('renames when only the case changes, and edits notes without touching the file name', async () => {
    const entry = await create('trend');
    expect(await library['library:update'](entry.id, { name: 'Trend' })).toMatchObject({ status: 'saved', entry: { id: 'Trend.json' } });
    expect(await library['library:update']('Trend.json', { notes: '会议用' })).toMatchObject({ status: 'saved', entry: { id: 'Trend.json', notes: '会议用' } });
    expect(await readdir(lib)).toEqual(['Trend.json']);
  });

  it('duplicates under a new name into a new file', async () => {
    const entry = await create('基准', { levers: { talentInflow: 9000 } });
    const copy = await library['library:duplicate'](entry.id, '基准 副本');
    expect(copy).toMatchObject({ status: 'saved', entry: { id: '基准 副本.json', name: '基准 副本' } });
    expect(await readFile(join(lib, '基准 副本.json'), 'utf8')).toBe(scenarioText('基准 副本', { levers: { talentInflow: 9000 } }));
  });

  it('deletes into the trash and restores (undo), numbering the name if it was reused meanwhile', async () => {
    const entry = await create('删除我');
    const deleted = await library['library:delete'](entry.id);
    expect(deleted).toMatchObject({ status: 'deleted', trashId: expect.stringMatching(/^\d{8}T\d{9}Z~删除我\.json$/) });
    expect(await readdir(lib)).toEqual(['.deleted']);
    expect((await library['library:list']()).entries).toEqual([]);
    const trashId = (deleted as { trashId: string }).trashId;
    expect(await library['library:list-deleted']()).toEqual([{ trashId, name: '删除我', fileName: '删除我.json', deleted: expect.any(String) }]);
    await create('删除我');
    expect(await library['library:restore-deleted'](trashId)).toEqual({ status: 'restored', id: '删除我 (2).json' });
    expect((await library['library:list']()).entries.map((e) => e.fileName).sort()).toEqual(['删除我 (2).json', '删除我.json']);
    expect(await library['library:list-deleted']()).toEqual([]);
    expect(await library['library:restore-deleted'](trashId)).toMatchObject({ status: 'error', kind: 'not-found' });
  });

  it('refuses ids that are not plain file names of the library, and text the model rejects, writing nothing', async () => {
    await mkdir(lib, { recursive: true });
    await writeFile(join(dir, 'outside.json'), scenarioText('outside'));
    expect(await library['library:read']('../../outside.json')).toMatchObject({ status: 'error', kind: 'not-allowed' });
    expect(await library['library:delete']('..\\outside.json')).toMatchObject({ status: 'error', kind: 'not-allowed' });
    const bad = await library['library:save']({ text: '{"format":"xiqing-population-scenario","version":1,"name":"x","levers":{"talentInflow":-5}}' });
    expect(bad).toMatchObject({ status: 'error', kind: 'invalid', message: expect.stringMatching(/talentInflow/) });
    expect(await readdir(lib)).toEqual([]);
  });
});

describe('files the library cannot read', () => {
  const files: Record<string, string | Buffer> = {
    'damaged.json': '{"format": "xiqing-population-scenario", "version": 1, "name": ',
    'foreign.json': JSON.stringify({ name: 'some-package', version: '1.0.0', dependencies: {} }),
    'future.json': JSON.stringify({ format: 'xiqing-population-scenario', version: 7, name: '来自未来', levers: {}, hologram: true }),
    'binary.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe, 0x00]),
  };

  beforeEach(async () => {
    await mkdir(lib, { recursive: true });
    for (const [name, content] of Object.entries(files)) await writeFile(join(lib, name), content);
    // Over the 5 MB limit, made of spaces so that only its size is wrong.
    await writeFile(join(lib, 'huge.json'), Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
  });

  it('lists each with its own kind and message', async () => {
    const listing = await library['library:list']();
    expect(listing.entries).toEqual([]);
    const byName = Object.fromEntries(listing.unreadable.map((u) => [u.fileName, u.error]));
    expect(byName['damaged.json']).toMatchObject({ kind: 'not-json', message: expect.stringMatching(/^damaged\.json: the file is not valid JSON/) });
    expect(byName['binary.json']).toMatchObject({ kind: 'not-json', message: 'binary.json cannot be opened: it is not UTF-8 text: it is damaged, binary, or in another encoding (save text files as UTF-8).' });
    expect(byName['foreign.json']).toMatchObject({ kind: 'foreign', message: expect.stringMatching(/^foreign\.json: not a scenario file/) });
    expect(byName['future.json']).toMatchObject({ kind: 'future-version', version: 7, message: expect.stringMatching(/newer version of the app \(file version 7/) });
    expect(byName['huge.json']).toMatchObject({ kind: 'too-large', message: 'huge.json is 5.1 MB; a scenario file can be at most 5 MB.' });
  });

  it('changes nothing on disk when reading, overwriting, renaming or duplicating them', async () => {
    const before = await snapshot(dir);
    for (const id of [...Object.keys(files), 'huge.json']) {
      const read = await library['library:read'](id);
      expect(read.status).toBe('error');
      const kind = (read as { kind: string }).kind;
      expect(await library['library:save']({ id, text: scenarioText('覆盖') })).toMatchObject({ status: 'error', kind, message: expect.stringMatching(/was not overwritten/) });
      expect(await library['library:update'](id, { name: '改名' })).toMatchObject({ status: 'error', kind });
      expect(await library['library:duplicate'](id, '副本')).toMatchObject({ status: 'error', kind });
    }
    expect(await snapshot(dir)).toEqual(before);
  });
});

describe('older and current files', () => {
  const presets = ['trend', 'plan-targets', 'low-fertility', 'three-child-uplift', 'central-city-surge', 'talent-led'];
  // Version-1 files: the hand-written fixture and the presets as they shipped in version 1.
  const v1 = ['test/helpers/fixtures/scenario-v1.json', ...presets.map((p) => `test/model/scenario-file/fixtures/v1-presets/${p}.json`)];
  const current = [...presets, 'plan-era-pace', 'tianjin-contraction'].map((p) => `scenarios/${p}.json`);

  it.each([...v1.map((path) => [path, 1] as const), ...current.map((path) => [path, undefined] as const)])(
    '%s opens (migrated from version %s) and saves back byte for byte',
    async (path, migratedFrom) => {
      const original = await readFile(path, 'utf8');
      await mkdir(lib, { recursive: true });
      await writeFile(join(lib, 'v1.json'), original);
      const read = await library['library:read']('v1.json');
      expect(read).toMatchObject({ status: 'opened', text: original });
      expect(read.status === 'opened' && read.entry.migratedFrom).toBe(migratedFrom);
      const { entry } = read as Extract<typeof read, { status: 'opened' }>;
      expect(await library['library:save']({ id: entry.id, text: original, expectedModified: entry.modified })).toMatchObject({ status: 'saved' });
      expect(await readFile(join(lib, 'v1.json'), 'utf8')).toBe(original);
    },
  );
});
