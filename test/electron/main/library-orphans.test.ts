/**
 * Temporary files of interrupted saves do not pile up: a save killed between writing its temp file and
 * renaming it leaves an orphan; opening the library deletes orphans older than a minute, and leaves
 * younger ones (another process's save may still be under way) and every other file alone.
 */
import { spawn } from 'node:child_process';
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBackend, TRASH_FOLDER } from '../../../electron/main/library-fs-backend';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { makeTempFolder, scenarioText } from '../../helpers/folders';

/** The rule: temporary files older than a minute are orphans. */
const MINUTE = 60_000;
let dir: string;
let cleanup: () => Promise<void>;
let lib: string;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempFolder());
  lib = join(dir, 'library');
  await mkdir(lib, { recursive: true });
  await writeFile(join(lib, '原方案.json'), scenarioText('原方案'));
});
afterEach(() => cleanup());

const handlers = () => createLibraryHandlers(createFsBackend({ libraryFolder: () => lib, recoveryFolder: join(dir, 'recovery') }));

/** Makes a file look `ms` old. */
async function age(path: string, ms: number): Promise<void> {
  const then = new Date(Date.now() - ms);
  await utimes(path, then, then);
}

/** Runs a save in another process and kills it mid-write; returns the orphaned temp file's path. */
async function killedSave(): Promise<string> {
  const child = spawn(process.execPath, [
    '--import', 'tsx', resolve('test/electron/support/crash-child.ts'), lib, join(dir, 'recovery'), '原方案.json', scenarioText('原方案', { notes: 'x'.repeat(5000) }),
  ], { stdio: ['ignore', 'pipe', 'inherit'] });
  const tmpfile = await new Promise<string>((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => ok((JSON.parse(chunk.toString().split('\n')[0]) as { tmpfile: string }).tmpfile));
    child.on('exit', (code) => fail(new Error(`child exited early (${String(code)})`)));
  });
  const exited = new Promise((ok) => child.on('exit', ok));
  child.kill('SIGKILL');
  await exited;
  return tmpfile;
}

describe('orphaned temporary files', () => {
  it('are deleted when the library opens once they are a minute old; young ones and other files stay', async () => {
    const orphan = await killedSave();
    const orphanName = orphan.slice(lib.length + 1);
    expect(orphanName).toMatch(/^原方案\.json\.\d+$/);
    await writeFile(join(lib, 'in-progress.json.12345'), '{');
    await writeFile(join(lib, 'notes.txt.12345'), 'a user file that merely looks numbered');
    await age(join(lib, 'notes.txt.12345'), 10 * MINUTE);

    // Young orphans survive a listing: they may be a save still being written.
    await handlers()['library:list']();
    expect(await readdir(lib)).toContain(orphanName);

    await age(orphan, MINUTE + 5_000);
    const listing = await handlers()['library:list']();
    expect(listing.entries.map((e) => e.fileName)).toEqual(['原方案.json']);
    const left = (await readdir(lib)).filter((f) => !f.startsWith('.'));
    expect(left.sort()).toEqual(['in-progress.json.12345', 'notes.txt.12345', '原方案.json']);
  });

  it('are deleted from the trash and the recovery area too', async () => {
    const trash = join(lib, TRASH_FOLDER);
    const recovery = join(dir, 'recovery');
    await mkdir(trash, { recursive: true });
    await mkdir(recovery, { recursive: true });
    for (const path of [join(trash, 'x.json.4000000000'), join(recovery, 'y.json.7')]) {
      await writeFile(path, 'half');
      await age(path, 2 * MINUTE);
    }
    await handlers()['library:list-deleted']();
    await handlers()['recovery:list']();
    expect(await readdir(trash)).toEqual([]);
    expect(await readdir(recovery)).toEqual([]);
  });
});
