/**
 * Saves that land in the same millisecond, or on a file system whose clock is coarse (FAT: 2 s), would
 * give a file the same modification time twice; the stale-save check must still see the change.
 */
import { utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createFsBackend } from '../../../electron/main/library-fs-backend';
import { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { makeTempFolder, scenarioText } from '../../helpers/folders';

let cleanup: () => Promise<void>;
let library: ReturnType<typeof createLibraryHandlers>;
const FROZEN = new Date('2026-01-01T00:00:00Z');

beforeEach(async () => {
  let dir: string;
  ({ dir, cleanup } = await makeTempFolder());
  // Every write stamps the same time, as a stopped (or very coarse) clock would.
  const frozenWrite = async (path: string, content: string | Buffer) => {
    await writeFile(path, content);
    await utimes(path, FROZEN, FROZEN);
  };
  library = createLibraryHandlers(createFsBackend({ libraryFolder: () => join(dir, 'lib'), recoveryFolder: join(dir, 'rec'), writeFile: frozenWrite }));
});
afterEach(() => cleanup());

it('refuses a stale save even when both saves got the same file time', async () => {
  const created = await library['library:save']({ text: scenarioText('方案B') });
  if (created.status !== 'saved') throw new Error(created.status);
  const first = await library['library:save']({ id: created.entry.id, text: scenarioText('方案B', { notes: 'v2' }), expectedModified: created.entry.modified });
  expect(first.status).toBe('saved');
  if (first.status !== 'saved') return;
  expect(Date.parse(first.entry.modified)).toBeGreaterThan(Date.parse(created.entry.modified));
  const stale = await library['library:save']({ id: created.entry.id, text: scenarioText('方案B', { notes: 'stale' }), expectedModified: created.entry.modified });
  expect(stale.status).toBe('conflict');
});
