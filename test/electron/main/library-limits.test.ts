/**
 * The library's folders cannot grow without bound: the recovery area keeps at most 50 records (the
 * oldest go), and writes are refused with a plain message when the disk is nearly full.
 */
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBackend, diskFreeBytes } from '../../../electron/main/library-fs-backend';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { recoveryFileName } from '../../../src/host/library/recovery';
import { makeTempFolder, scenarioText } from '../../helpers/folders';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempFolder()));
afterEach(() => cleanup());

const MB = 1024 * 1024;

describe('the recovery area', () => {
  it('keeps the 50 most recently saved records and drops the oldest, logging each', async () => {
    let clock = Date.parse('2025-03-01T08:00:00.000Z');
    const logged: string[] = [];
    const recoveryFolder = join(dir, 'recovery');
    const handlers = createLibraryHandlers(createFsBackend({ libraryFolder: () => join(dir, 'library'), recoveryFolder }), {
      now: () => new Date((clock += 1000)), log: (m) => logged.push(m),
    });
    const ids = Array.from({ length: 55 }, (_, i) => `方案${i}.json`);
    for (const id of ids) expect(await handlers['recovery:write'](id, scenarioText(id))).toMatchObject({ status: 'saved' });
    // Rewriting an old record makes it recent again: it is kept, and the next oldest goes instead.
    await handlers['recovery:write'](ids[5], scenarioText('again'));
    await handlers['recovery:write']('one more.json', scenarioText('one more'));

    const listed = (await handlers['recovery:list']()).map((r) => r.id);
    expect(listed).toHaveLength(50);
    const dropped = [0, 1, 2, 3, 4, 6].map((i) => ids[i]);
    expect(listed).toEqual(expect.arrayContaining([ids[5], ids[7], ids[54], 'one more.json']));
    for (const id of dropped) expect(listed).not.toContain(id);
    expect(await readdir(recoveryFolder)).toHaveLength(50);
    expect(logged).toHaveLength(dropped.length);
    expect(logged[0]).toBe(`recovery: dropped ${recoveryFileName(ids[0])}, the oldest of more than 50 records`);
  });
});

describe('a nearly full disk', () => {
  const handlersWithFree = (free: number) =>
    createLibraryHandlers(createFsBackend({ libraryFolder: () => join(dir, 'library'), recoveryFolder: join(dir, 'recovery'), freeBytes: async () => free }));

  it('refuses library and recovery writes with a plain message, writing nothing', async () => {
    const handlers = handlersWithFree(40 * MB);
    const saved = await handlers['library:save']({ text: scenarioText('满') });
    expect(saved).toEqual({
      status: 'error', kind: 'io',
      message: `Cannot save 满: the disk holding ${join(dir, 'library')} is nearly full (40 MB free; at least 64 MB must stay free), so nothing was written. Free some space and save again`,
    });
    expect(await handlers['recovery:write']('满.json', scenarioText('满'))).toMatchObject({ status: 'error', kind: 'io', message: expect.stringMatching(/nearly full/) });
    expect(await readdir(join(dir, 'library'))).toEqual([]);
  });

  it('writes when enough stays free', async () => {
    expect(await handlersWithFree(1024 * MB)['library:save']({ text: scenarioText('够') })).toMatchObject({ status: 'saved' });
  });

  it('reads the real free space of a folder’s disk', async () => {
    expect(await diskFreeBytes(tmpdir())).toBeGreaterThan(0);
  });
});
