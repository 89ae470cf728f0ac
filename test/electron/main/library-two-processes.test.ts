/**
 * Two processes saving the same library scenario in one real folder (as two app windows, or two
 * computers on a shared drive, would): every save the library acknowledges must survive or be
 * superseded by a save that was based on it. A save based on an older version must get a conflict,
 * never silently overwrite an acknowledged one.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { LOCK_NAME, STALE_MS, withFolderLock } from '../../../electron/main/library-lock';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { makeTempFolder, scenarioText } from '../../helpers/folders';

const SAVES_PER_PROCESS = 40;
const ID = '共享方案.json';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await makeTempFolder()));
afterEach(() => cleanup());

interface SaverReport { acknowledged: { marker: string; basedOn: string }[]; conflicts: number }

/** Starts a saver process and resolves once it is ready, with a promise of its report. */
async function startSaver(lib: string, who: string): Promise<{ child: ChildProcessWithoutNullStreams; report: Promise<SaverReport> }> {
  const child = spawn(process.execPath, [
    '--import', 'tsx', resolve('test/electron/support/library-saver-child.ts'), lib, join(dir, `recovery-${who}`), ID, who, String(SAVES_PER_PROCESS),
  ]);
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const ready = new Promise<void>((ok, fail) => {
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.startsWith('ready\n')) ok();
    });
    child.on('exit', (code) => fail(new Error(`saver ${who} exited early (${String(code)}): ${err}`)));
  });
  const report = new Promise<SaverReport>((ok, fail) => child.on('exit', (code) => {
    if (code === 0) ok(JSON.parse(out.split('\n')[1]) as SaverReport);
    else fail(new Error(`saver ${who} failed (${String(code)}): ${err}`));
  }));
  await ready;
  return { child, report };
}

describe('two processes saving one library scenario', () => {
  it('lose no acknowledged save: every save is based on the one acknowledged before it', async () => {
    const lib = join(dir, 'library');
    await mkdir(lib, { recursive: true });
    await writeFile(join(lib, ID), scenarioText('共享方案', { notes: 'start' }));

    const savers = await Promise.all([startSaver(lib, 'A'), startSaver(lib, 'B')]);
    for (const { child } of savers) child.stdin.write('go\n');
    const reports = await Promise.all(savers.map((s) => s.report));

    const acknowledged = reports.flatMap((r) => r.acknowledged);
    expect(acknowledged).toHaveLength(2 * SAVES_PER_PROCESS);
    // Follow the history from the first version: each acknowledged save must replace exactly one
    // version, and no two saves may replace the same one (that would be a save lost without conflict).
    const byBase = new Map<string, string[]>();
    for (const { marker, basedOn } of acknowledged) byBase.set(basedOn, [...(byBase.get(basedOn) ?? []), marker]);
    const forks = [...byBase].filter(([, markers]) => markers.length > 1);
    expect(forks).toEqual([]);
    const chain = ['start'];
    while (byBase.has(chain.at(-1)!)) chain.push(byBase.get(chain.at(-1)!)![0]);
    expect(chain).toHaveLength(acknowledged.length + 1);
    // The file holds the last save of the chain, and the two processes really did contend.
    expect(JSON.parse(await readFile(join(lib, ID), 'utf8')).notes).toBe(chain.at(-1));
    expect(reports.reduce((n, r) => n + r.conflicts, 0)).toBeGreaterThan(0);
    expect((await readdir(lib)).filter((f) => !f.startsWith('.'))).toEqual([ID]);
  });
});

describe('the library lock', () => {
  it('takes over a lock left by a process that died (older than the stale time)', async () => {
    const lib = join(dir, 'library');
    await mkdir(join(lib, LOCK_NAME), { recursive: true });
    const longAgo = new Date(Date.now() - 6 * STALE_MS);
    await utimes(join(lib, LOCK_NAME), longAgo, longAgo);
    const handlers = createLibraryHandlers(createFsBackend({ libraryFolder: () => lib, recoveryFolder: join(dir, 'recovery') }));
    const started = Date.now();
    expect(await handlers['library:save']({ text: scenarioText('接管') })).toMatchObject({ status: 'saved' });
    expect(Date.now() - started).toBeLessThan(STALE_MS);
    expect(await readdir(lib)).toEqual(['接管.json']);
  });

  it('waits for a live lock, and says plainly that the library is busy when it is held too long', async () => {
    const lib = join(dir, 'library');
    let letGo!: () => void;
    const held = new Promise<void>((ok) => (letGo = ok));
    let holding!: () => void;
    const isHeld = new Promise<void>((ok) => (holding = ok));
    const holder = withFolderLock(lib, async () => {
      holding();
      await held;
    });
    await isHeld;
    await expect(withFolderLock(lib, async () => 'ran', { waitMs: 300 })).rejects.toThrow(/being changed by another copy of the app/);
    const waiting = withFolderLock(lib, async () => 'ran after the holder let go');
    letGo();
    await holder;
    expect(await waiting).toBe('ran after the holder let go');
    await expect(stat(join(lib, LOCK_NAME))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
