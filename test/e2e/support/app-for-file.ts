/**
 * The page setup every end-to-end test file shares: one app in Chromium for the whole file, opened
 * before its first test and closed after its last. Building the renderer takes most of a minute, so a
 * file's tests share one page and run in order, each going on from where the one before left it.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { openApp, type AppSession } from './app-page';
import { PROJECT_ROOT } from './build-renderer';

/** Where the tests leave screenshots and other files for review (created before the app opens). */
export const SHOTS = join(PROJECT_ROOT, 'test-results');

/** The window the app is designed for. */
const DESIGN_VIEWPORT = { width: 1280, height: 800 };
/** Building the renderer, serving it and starting Chromium. */
const OPEN_TIMEOUT_MS = 180_000;

/** What a test file reads of its app besides the page: the console and page errors collected so far. */
export type FileApp = Pick<AppSession, 'errors'>;

/**
 * Opens the app for the calling test file (see above). `onOpen` receives the page before any test runs,
 * for the file's own `page` variable; the errors are read from the returned {@link FileApp} in a test.
 */
export function openAppForFile(onOpen: (page: Page) => void, viewport: { width: number; height: number } = DESIGN_VIEWPORT): FileApp {
  let session: AppSession | undefined;
  const opened = (): AppSession => {
    if (!session) throw new Error('the app is not open yet: read it from a test or a later hook');
    return session;
  };
  beforeAll(async () => {
    await mkdir(SHOTS, { recursive: true });
    session = await openApp(viewport);
    onOpen(session.page);
  }, OPEN_TIMEOUT_MS);
  afterAll(async () => {
    await session?.close();
  });
  return {
    get errors() {
      return opened().errors;
    },
  };
}
