import fs from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import writeFileAtomic from 'write-file-atomic';
import { DEFAULT_SETTINGS } from '../../../src/host/schemas';
import { openSettingsStore } from '../../../electron/main/settings-store';

let dir: string;
let file: string;
const quiet = { log: () => {} };

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'xiqing-settings-'));
  file = join(dir, 'settings.json');
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(dir, { recursive: true, force: true });
});

describe('settings store', () => {
  it('starts from the defaults when there is no file, without creating one', async () => {
    const store = await openSettingsStore(file, quiet);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect(store.get().language).toBe('zh-CN');
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes changes and reads them back in a new session', async () => {
    const store = await openSettingsStore(file, quiet);
    await store.update({ language: 'en', windowBounds: { x: 10, y: 20, width: 1200, height: 800, maximized: true } });
    const reopened = await openSettingsStore(file, quiet);
    expect(reopened.get().language).toBe('en');
    expect(reopened.get().windowBounds).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: true });
  });

  it('keeps a damaged file aside and starts from the defaults', async () => {
    await writeFile(file, '{"language": "en", ');
    const messages: string[] = [];
    const store = await openSettingsStore(file, { log: (m) => messages.push(m), now: () => new Date('2025-01-02T03:04:05.678Z') });
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    const aside = join(dir, 'settings.json.corrupt-2025-01-02T03-04-05-678Z');
    expect(await readdir(dir)).toEqual(['settings.json.corrupt-2025-01-02T03-04-05-678Z']);
    expect(await readFile(aside, 'utf8')).toBe('{"language": "en", ');
    expect(messages.join('\n')).toMatch(/damaged/);
  });

  it('treats a JSON value that is not an object as damaged', async () => {
    await writeFile(file, '[1, 2, 3]');
    const store = await openSettingsStore(file, quiet);
    expect(store.get()).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(dir)).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
  });

  it('replaces only the fields that are invalid, and drops unknown ones', async () => {
    await writeFile(file, JSON.stringify({ language: 'en', windowBounds: { x: 'left' }, recentFiles: ['/a.json', 7, '/a.json'], futureField: 1 }));
    const store = await openSettingsStore(file, quiet);
    expect(store.get()).toEqual({ ...DEFAULT_SETTINGS, language: 'en', recentFiles: ['/a.json'] });
  });

  it('leaves the old file intact and no temp file behind when a write fails halfway', async () => {
    const first = await openSettingsStore(file, quiet);
    await first.update({ language: 'en' });
    const before = await readFile(file, 'utf8');
    // The real atomic writer, made to fail after its temp file exists and before the rename.
    const failing = await openSettingsStore(file, {
      ...quiet,
      writeFile: (path, text) => writeFileAtomic(path, text, { tmpfileCreated: () => { throw new Error('disk full'); } }),
    });
    await expect(failing.update({ language: 'zh-CN' })).rejects.toThrow('disk full');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['settings.json']);
    // The session keeps the user's choice in memory even though it could not be saved.
    expect(failing.get().language).toBe('zh-CN');
  });

  it('leaves the old file intact when the final rename fails', async () => {
    const store = await openSettingsStore(file, quiet);
    await store.update({ language: 'en' });
    const before = await readFile(file, 'utf8');
    vi.spyOn(fs, 'rename').mockImplementation(((_from: string, _to: string, callback: (error: Error) => void) => {
      callback(Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' }));
    }) as unknown as typeof fs.rename);
    await expect(store.update({ language: 'zh-CN', recentFiles: ['/x.json'] })).rejects.toThrow('EBUSY');
    expect(await readFile(file, 'utf8')).toBe(before);
    expect(await readdir(dir)).toEqual(['settings.json']);
  });

  it('serializes writes so the last change wins on disk, and keeps writing after a failure', async () => {
    let calls = 0;
    const store = await openSettingsStore(file, {
      ...quiet,
      writeFile: async (path, text) => {
        calls += 1;
        if (calls === 1) throw new Error('transient');
        await writeFileAtomic(path, text);
      },
    });
    const results = await Promise.allSettled([
      store.update({ language: 'en' }),
      store.update({ recentFiles: ['/one.json'] }),
      store.update({ language: 'zh-CN' }),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    await store.flush();
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ language: 'zh-CN', recentFiles: ['/one.json'] });
  });
});
