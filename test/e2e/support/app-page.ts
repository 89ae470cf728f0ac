/**
 * Starting the built renderer in Chromium for a test or the benchmark: build (mode e2e) into a fresh
 * temporary folder, serve it on 127.0.0.1, open a page, and collect every console error and page
 * error so a test can assert there were none.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type Browser } from './browser';
import { buildRenderer } from './build-renderer';
import { serveStatic, type StaticServer } from './static-server';

export interface AppSession {
  page: Page;
  url: string;
  /** Console errors and uncaught page errors, in order. */
  errors: string[];
  close(): Promise<void>;
}

export async function openApp(options: { width?: number; height?: number } = {}): Promise<AppSession> {
  const outDir = await mkdtemp(join(tmpdir(), 'xiqing-renderer-'));
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  try {
    await buildRenderer(outDir, 'e2e');
    server = await serveStatic(outDir);
    browser = await launchChromium(options);
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`page: ${error.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.__xiqingTest !== undefined && document.querySelector('[data-testid="tile-residents-value"]') !== null);
    const opened = { browser, server };
    return {
      page,
      url: server.url,
      errors,
      async close() {
        await opened.browser.close();
        await opened.server.close();
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    await server?.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
