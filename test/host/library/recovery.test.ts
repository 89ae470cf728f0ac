import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { recoveryFileName } from '../../../src/host/library/recovery';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { makeTempFolder, scenarioText } from '../../helpers/folders';

// The recovery area for unsaved work, in a real folder: what the renderer autosaves, finds after a crash, and clears.

let dir: string;
let cleanup: () => Promise<void>;
let recoveryFolder: string;
let clock: number;
let handlers: ReturnType<typeof createLibraryHandlers>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempFolder());
  recoveryFolder = join(dir, 'recovery');
  clock = Date.parse('2025-03-01T08:00:00.000Z');
  const now = () => new Date((clock += 1000));
  handlers = createLibraryHandlers(createFsBackend({ libraryFolder: () => join(dir, 'library'), recoveryFolder }), { now });
});
afterEach(() => cleanup());

describe('the recovery area', () => {
  it('keeps the latest unsaved text per scenario and lists it newest first, with the scenario name when valid', async () => {
    await handlers['recovery:write']('趋势方案.json', scenarioText('趋势', { notes: 'first' }));
    await handlers['recovery:write']('unsaved:新方案', '{"format": "xiqing-population-scenario", "name": "half-ty');
    const last = await handlers['recovery:write']('趋势方案.json', scenarioText('趋势', { notes: 'second' }));
    expect(last).toEqual({ status: 'saved', savedAt: '2025-03-01T08:00:03.000Z' });
    expect(await handlers['recovery:list']()).toEqual([
      { id: '趋势方案.json', savedAt: '2025-03-01T08:00:03.000Z', name: '趋势', text: scenarioText('趋势', { notes: 'second' }) },
      { id: 'unsaved:新方案', savedAt: '2025-03-01T08:00:02.000Z', name: null, text: '{"format": "xiqing-population-scenario", "name": "half-ty' },
    ]);
    expect((await readdir(recoveryFolder)).sort()).toEqual([recoveryFileName('unsaved:新方案'), recoveryFileName('趋势方案.json')].sort());
  });

  it('clears a record (after a save or a discard), in call order even when not awaited', async () => {
    const writing = handlers['recovery:write']('a.json', 'pending edit');
    const clearing = handlers['recovery:clear']('a.json');
    await Promise.all([writing, clearing]);
    expect(await handlers['recovery:list']()).toEqual([]);
    await handlers['recovery:clear']('never-written');
  });

  it('gives ids that differ only by case or by unsafe characters their own records', async () => {
    const ids = ['A.json', 'a.json', 'a/b', 'a_b', 'CON', '../../x'];
    for (const id of ids) await handlers['recovery:write'](id, id);
    const listed = await handlers['recovery:list']();
    expect(listed.map((r) => r.id).sort()).toEqual([...ids].sort());
    for (const r of listed) expect(r.text).toBe(r.id);
    expect(await readdir(recoveryFolder)).toHaveLength(ids.length);
  });

  it('skips a damaged record without deleting it', async () => {
    await handlers['recovery:write']('good', 'text');
    await writeFile(join(recoveryFolder, 'broken-1.json'), '{"format": "xiqing-population-recov');
    expect((await handlers['recovery:list']()).map((r) => r.id)).toEqual(['good']);
    expect(await readFile(join(recoveryFolder, 'broken-1.json'), 'utf8')).toMatch(/^\{"format"/);
  });

  it('reports a write it cannot make as an io error', async () => {
    await writeFile(recoveryFolder, 'a file where the folder should be');
    expect(await handlers['recovery:write']('x', 'y')).toMatchObject({ status: 'error', kind: 'io', message: expect.stringMatching(/^Cannot keep unsaved work for recovery/) });
  });
});
