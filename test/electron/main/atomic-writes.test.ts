import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { mkdir, readdir, readFile, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { LOCK_NAME, STALE_MS } from '../../../electron/main/library-lock';
import { makeTempFolder, scenarioText } from '../../helpers/folders';

// "Nothing lost": a save that dies between writing the new content and renaming it over the old file
// must leave the old file whole. Simulated twice: a failing rename, and a process killed mid-write.

let dir: string;
let cleanup: () => Promise<void>;
let lib: string;
const original = scenarioText('原方案', { notes: 'the previous version', levers: { talentInflow: 6000 } });

beforeEach(async () => {
  ({ dir, cleanup } = await makeTempFolder());
  lib = join(dir, 'library');
  await mkdir(lib, { recursive: true });
  await writeFile(join(lib, '原方案.json'), original);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await cleanup();
});

const library = () => createLibraryHandlers(createFsBackend({ libraryFolder: () => lib, recoveryFolder: join(dir, 'recovery') }));

describe('a crash between write and rename', () => {
  it('when the rename fails, reports an io error and leaves the previous file intact, with no temp file', async () => {
    vi.spyOn(fs, 'rename').mockImplementation(((_from: string, _to: string, callback: (error: Error) => void) => {
      callback(Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' }));
    }) as unknown as typeof fs.rename);
    const result = await library()['library:save']({ id: '原方案.json', text: scenarioText('原方案', { notes: 'new' }) });
    expect(result).toMatchObject({ status: 'error', kind: 'io', message: expect.stringMatching(/^Cannot save 原方案\.json: EIO/) });
    expect(await readFile(join(lib, '原方案.json'), 'utf8')).toBe(original);
    expect(await readdir(lib)).toEqual(['原方案.json']);
  });

  it('when the process is killed mid-write, the previous file is intact and the orphaned temp file is never listed', async () => {
    const child = spawn(process.execPath, [
      '--import', 'tsx', resolve('test/electron/support/crash-child.ts'),
      lib, join(dir, 'recovery'), '原方案.json', scenarioText('原方案', { notes: 'x'.repeat(10_000) }),
    ], { stdio: ['ignore', 'pipe', 'inherit'] });
    const tmpfile = await new Promise<string>((resolveTmp, reject) => {
      child.stdout.on('data', (chunk: Buffer) => resolveTmp((JSON.parse(chunk.toString().split('\n')[0]) as { tmpfile: string }).tmpfile));
      child.on('exit', (code) => reject(new Error(`child exited early (${String(code)})`)));
    });
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGKILL');
    await exited;

    // The half-written temp file is there (so the kill really came mid-write) …
    expect((await readFile(tmpfile, 'utf8')).length).toBeGreaterThan(0);
    expect((await readdir(lib)).sort()).toEqual([LOCK_NAME, '原方案.json', tmpfile.slice(lib.length + 1)].sort());
    // … the previous file is whole, and the library lists only it.
    expect(await readFile(join(lib, '原方案.json'), 'utf8')).toBe(original);
    const listing = await library()['library:list']();
    expect(listing.entries.map((e) => e.fileName)).toEqual(['原方案.json']);
    expect(listing.unreadable).toEqual([]);
    // The dead process's lock is taken over once it is stale (aged here rather than waited for).
    const stale = new Date(Date.now() - 2 * STALE_MS);
    await utimes(join(lib, LOCK_NAME), stale, stale);
    expect(await library()['library:save']({ id: '原方案.json', text: scenarioText('原方案', { notes: 'after the crash' }) })).toMatchObject({ status: 'saved' });
  });
});
