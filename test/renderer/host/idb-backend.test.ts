import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, launchChromium, type Browser } from '../../e2e/support/browser';
import { serveStatic, type StaticServer } from '../../e2e/support/static-server';
import type { LibraryBackend } from '../../../src/host/library/backend';
import type { createLibraryHandlers } from '../../../src/host/library/library-handlers';
import { scenarioText } from '../../helpers/folders';

// The browser host's IndexedDB backend in a real Chromium: the library logic over it, persistence
// across a reload, and all-or-nothing moves. (The logic itself is tested in Node over the memory
// backend; this checks the IndexedDB glue that Node cannot run.)

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;

/** A page that exposes the library handlers over IndexedDB as `window.lib`, and the raw backend as `window.backend`. */
async function buildTestPage(outDir: string): Promise<void> {
  const src = (path: string) => JSON.stringify(resolve(path));
  await writeFile(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><script type="module" src="./entry.ts"></script>');
  await writeFile(join(dir, 'entry.ts'), [
    `import { createIndexedDbBackend } from ${src('renderer/src/host/idb-backend.ts')};`,
    `import { createLibraryHandlers } from ${src('src/host/library/library-handlers.ts')};`,
    'const backend = createIndexedDbBackend(indexedDB);',
    'Object.assign(window, { backend, lib: createLibraryHandlers(backend) });',
  ].join('\n'));
  await build({ configFile: false, root: dir, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
}

/** What the test page puts on its window (cast to inside each page function, so the global Window type stays untouched). */
interface TestWindow { lib: ReturnType<typeof createLibraryHandlers>; backend: LibraryBackend }

describe.skipIf(!existsSync(CHROMIUM_PATH))('the IndexedDB library backend in Chromium', () => {
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'xiqing-idb-'));
    await buildTestPage(join(dir, 'out'));
    server = await serveStatic(join(dir, 'out'));
    browser = await launchChromium();
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as Partial<TestWindow>).lib !== undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('keeps the library and the recovery area across a reload', async () => {
    const saved = await page.evaluate(async (text) => {
      const created = await (window as unknown as TestWindow).lib['library:save']({ text });
      await (window as unknown as TestWindow).lib['recovery:write']('unsaved:1', 'half-typed');
      return created;
    }, scenarioText('浏览器: 方案', { notes: '备注' }));
    expect(saved).toMatchObject({ status: 'saved', entry: { id: '浏览器_ 方案.json', notes: '备注' } });
    await page.reload();
    await page.waitForFunction(() => (window as unknown as Partial<TestWindow>).lib !== undefined);
    const after = await page.evaluate(async () => ({
      listing: await (window as unknown as TestWindow).lib['library:list'](),
      read: await (window as unknown as TestWindow).lib['library:read']('浏览器_ 方案.json'),
      recovery: await (window as unknown as TestWindow).lib['recovery:list'](),
    }));
    expect(after.listing).toMatchObject({ folder: null, unreadable: [], entries: [{ id: '浏览器_ 方案.json', name: '浏览器: 方案' }] });
    expect(after.read).toMatchObject({ status: 'opened', text: scenarioText('浏览器: 方案', { notes: '备注' }) });
    expect(after.recovery).toMatchObject([{ id: 'unsaved:1', text: 'half-typed', name: null }]);
  });

  it('renames, detects a stale save, deletes and restores', async () => {
    const result = await page.evaluate(async ([a, b]) => {
      const created = await (window as unknown as TestWindow).lib['library:save']({ text: a });
      if (created.status !== 'saved') return { created };
      const renamed = await (window as unknown as TestWindow).lib['library:update'](created.entry.id, { name: '改名后' });
      const fresh = await (window as unknown as TestWindow).lib['library:save']({ id: '改名后.json', text: b });
      const stale = await (window as unknown as TestWindow).lib['library:save']({ id: '改名后.json', text: b, expectedModified: created.entry.modified });
      const deleted = await (window as unknown as TestWindow).lib['library:delete']('改名后.json');
      const restored = deleted.status === 'deleted' ? await (window as unknown as TestWindow).lib['library:restore-deleted'](deleted.trashId) : deleted;
      return { renamed, fresh, stale, restored };
    }, [scenarioText('改名前'), scenarioText('改名后', { notes: 'b' })]);
    expect(result).toMatchObject({
      renamed: { status: 'saved', entry: { id: '改名后.json' } },
      fresh: { status: 'saved' },
      stale: { status: 'conflict', entry: { notes: 'b' } },
      restored: { status: 'restored', id: '改名后.json' },
    });
  });

  it('moves all or nothing, refuses an existing target, and refuses oversized files before reading them', async () => {
    const result = await page.evaluate(async () => {
      const { backend } = window as unknown as TestWindow;
      await backend.write('library', 'x.json', 'X');
      await backend.write('library', 'y.json', 'Y');
      const refused = await backend.move('library', 'x.json', 'library', 'y.json').then(() => 'moved', (e: Error) => e.name);
      const first = await backend.write('library', 'x.json', 'X2');
      const second = await backend.write('library', 'x.json', 'X3');
      return {
        refused,
        x: await backend.read('library', 'x.json', 100),
        y: await backend.read('library', 'y.json', 100),
        later: second.modified > first.modified,
        big: await backend.read('library', 'x.json', 1),
      };
    });
    expect(result).toMatchObject({
      refused: 'TargetExistsError',
      x: { status: 'ok', text: 'X3' },
      y: { status: 'ok', text: 'Y' },
      later: true,
      big: { status: 'too-large', size: 2 },
    });
  });
});
