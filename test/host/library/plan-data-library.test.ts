/**
 * Target sets and observations in the library, over real folders (the Electron backend) through the
 * handler map both hosts register: beside the scenarios, atomic, never overwriting what the app
 * cannot read, deleted and restored with the scenarios' trash.
 */
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PlanDataSaveResult } from '../../../src/host/contract';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { serializeObservations } from '../../../src/model/observations/observations-file';
import { serializeTargets } from '../../../src/model/targets/targets-file';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { makeTempFolder, scenarioText, snapshot } from '../../helpers/folders';

let dir: string;
let cleanup: () => Promise<void>;
let lib: string;
let library: ReturnType<typeof createLibraryHandlers>;

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempFolder());
  lib = join(dir, 'lib');
  library = createLibraryHandlers(createFsBackend({ libraryFolder: () => lib, recoveryFolder: join(dir, 'recovery') }));
});
afterEach(() => cleanup());

const targets = (name: string, value = 1_400_000) => serializeTargets({ name, description: '', targets: [{ indicator: 'residents', year: 2030, value, kind: 'about', source: '' }] });
const observations = (name: string) => serializeObservations({ name, source: '', observations: [{ year: 2022, residents: 1_186_200 }] });
const saved = (r: PlanDataSaveResult) => {
  if (r.status !== 'saved') throw new Error(JSON.stringify(r));
  return r.entry;
};

describe('plan data in the library', () => {
  it('saves a target set and observations beside the scenarios, each listed in its own list', async () => {
    await library['library:save']({ text: scenarioText('趋势 副本') });
    const t = saved(await library['plan-data:save']({ kind: 'targets', text: targets('2030 草案') }));
    const o = saved(await library['plan-data:save']({ kind: 'observations', text: observations('统计公报') }));
    expect(t).toMatchObject({ id: '2030 草案.targets.json', kind: 'targets', name: '2030 草案' });
    expect(o).toMatchObject({ id: '统计公报.observations.json', kind: 'observations' });
    expect(await readFile(join(lib, t.fileName), 'utf8')).toBe(targets('2030 草案'));
    expect((await library['plan-data:list']('targets')).entries).toEqual([t]);
    expect((await library['plan-data:list']('observations')).entries).toEqual([o]);
    // The scenario list neither shows them nor calls them unreadable.
    const scenarios = await library['library:list']();
    expect(scenarios.entries.map((e) => e.name)).toEqual(['趋势 副本']);
    expect(scenarios.unreadable).toEqual([]);
    const read = await library['plan-data:read'](t.id);
    expect(read).toEqual({ status: 'opened', entry: t, text: targets('2030 草案') });
  });

  it('overwrites by id only if unchanged since read, and never a file it cannot read', async () => {
    const t = saved(await library['plan-data:save']({ kind: 'targets', text: targets('草案') }));
    const again = saved(await library['plan-data:save']({ kind: 'targets', text: targets('草案', 1_450_000), id: t.id, expectedModified: t.modified }));
    const stale = await library['plan-data:save']({ kind: 'targets', text: targets('草案', 1), id: t.id, expectedModified: t.modified });
    expect(stale.status).toBe('conflict');
    expect(await readFile(join(lib, t.id), 'utf8')).toBe(targets('草案', 1_450_000));
    expect(again.modified > t.modified).toBe(true);
    // Another kind under that id, a damaged file, a future version: refused, nothing changed.
    const crossKind = await library['plan-data:save']({ kind: 'observations', text: observations('x'), id: t.id });
    expect(crossKind).toMatchObject({ status: 'error', kind: 'foreign' });
    await mkdir(lib, { recursive: true });
    await writeFile(join(lib, 'broken.targets.json'), '{"format": "xiqing-targets", "ver');
    await writeFile(join(lib, 'future.targets.json'), JSON.stringify({ format: 'xiqing-targets', version: 9, name: 'x', targets: [] }));
    const before = await snapshot(lib);
    expect(await library['plan-data:save']({ kind: 'targets', text: targets('x'), id: 'broken.targets.json' })).toMatchObject({ status: 'error', kind: 'foreign' });
    expect(await library['plan-data:save']({ kind: 'targets', text: targets('x'), id: 'future.targets.json' })).toMatchObject({ status: 'error', kind: 'future-version' });
    expect(await snapshot(lib)).toEqual(before);
    // Text the loader refuses is never written.
    expect(await library['plan-data:save']({ kind: 'targets', text: '{"format":"xiqing-targets","version":1,"name":"x","targets":[{"indicator":"nope","year":2030,"value":1,"kind":"about"}]}' }))
      .toMatchObject({ status: 'error', kind: 'invalid', message: expect.stringContaining('targets.0.indicator: unknown indicator "nope"') });
    expect(await snapshot(lib)).toEqual(before);
  });

  it('deletes to the trash and restores like a scenario', async () => {
    const o = saved(await library['plan-data:save']({ kind: 'observations', text: observations('公报') }));
    const deleted = await library['library:delete'](o.id);
    expect(deleted.status).toBe('deleted');
    expect((await library['plan-data:list']('observations')).entries).toEqual([]);
    if (deleted.status !== 'deleted') return;
    expect(await library['library:restore-deleted'](deleted.trashId)).toEqual({ status: 'restored', id: o.id });
    expect((await library['plan-data:list']('observations')).entries.map((e) => e.name)).toEqual(['公报']);
  });
});
