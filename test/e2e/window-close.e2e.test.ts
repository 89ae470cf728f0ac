/**
 * Leaving with unsaved work, end to end in Chromium with the browser host: a page with unsaved changes
 * asks before it goes (the browser's beforeunload prompt) and a page without them closes at once; the
 * question Electron's main process asks through the page ('window:close-requested') offers Save, Don't
 * save and Cancel and answers with what the user chose; and the File menu's Rename… and Close scenario
 * events (and F2) do what the top bar's own items do.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../../renderer/src/i18n/zh-CN.json';
import { openAppForFile, SHOTS } from './support/app-for-file';

let page: Page;
openAppForFile((opened) => {
  page = opened;
});

const inflowBox = (p: Page) => p.locator('[data-lever="centralCityInflow"] input[type="text"]');
const unsavedBadge = (p: Page) => p.locator('[data-testid="unsaved-badge"]');
const openCount = () => page.evaluate(() => window.__xiqingTest!.store.getState().order.length);

async function setInflow(p: Page, value: number) {
  await inflowBox(p).fill(String(value));
  await inflowBox(p).press('Enter');
}

/** A second page of the same app (its own store and session), ready for input. */
async function freshPage(): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.waitForFunction(() => window.__xiqingTest !== undefined && document.querySelector('[data-testid="tile-residents-value"]') !== null);
  return other;
}

/** Closes `p` as a user closing the tab does (running its beforeunload), dismissing any prompt; returns the prompts' types. */
async function tryToClose(p: Page): Promise<{ prompts: string[]; closed: boolean }> {
  const prompts: string[] = [];
  const prompted = new Promise<void>((resolve) => {
    p.on('dialog', (dialog) => {
      prompts.push(dialog.type());
      void dialog.dismiss().then(resolve);
    });
  });
  const closed = new Promise<void>((resolve) => p.once('close', () => resolve()));
  await p.close({ runBeforeUnload: true });
  // Either the page goes, or it asks (and, dismissed, stays).
  await Promise.race([closed, prompted]);
  return { prompts, closed: p.isClosed() };
}

/** Records the page's answers to the host's close requests (the browser host's own answer does nothing). */
async function recordAnswers() {
  await page.evaluate(() => {
    const record: [number, string][] = [];
    (window as unknown as { __closeAnswers: typeof record }).__closeAnswers = record;
    window.__xiqingTest!.host.answerCloseRequest = async (id, answer) => {
      record.push([id, answer]);
    };
  });
}
const answers = () => page.evaluate(() => (window as unknown as { __closeAnswers: [number, string][] }).__closeAnswers);
const requestClose = (id: number) => page.evaluate((n) => window.__xiqingTest!.host.emit('window:close-requested', n), id);

describe('closing the page in Chromium', () => {
  it('without unsaved changes, closes at once: no leave prompt', async () => {
    const other = await freshPage();
    expect(await unsavedBadge(other).count()).toBe(0);
    // A click first: Chromium shows a beforeunload prompt only on a page the user has interacted with.
    await other.locator('h1').click();
    const result = await tryToClose(other);
    expect(result).toEqual({ prompts: [], closed: true });
  });

  it('with unsaved changes, the page asks before it goes; back to saved, it no longer asks', async () => {
    const other = await freshPage();
    await setInflow(other, 23_456);
    await unsavedBadge(other).waitFor();
    const asked = await tryToClose(other);
    expect(asked).toEqual({ prompts: ['beforeunload'], closed: false });
    // Undo back to the saved state: nothing to lose, so no question.
    await other.evaluate(() => window.__xiqingTest!.store.undo());
    await unsavedBadge(other).waitFor({ state: 'detached' });
    expect(await tryToClose(other)).toEqual({ prompts: [], closed: true });
  });
});

describe('the close question Electron asks through the page', () => {
  it('with nothing unsaved, answers "close" without asking', async () => {
    await recordAnswers();
    expect(await unsavedBadge(page).count()).toBe(0);
    await requestClose(1);
    await expect.poll(answers).toEqual([[1, 'close']]);
    expect(await page.locator('[data-testid="window-close-dialog"]').count()).toBe(0);
  });

  it('with unsaved work, lists it and answers Cancel with "stay", Don’t save with "close"', async () => {
    await setInflow(page, 24_000);
    await unsavedBadge(page).waitFor();
    await requestClose(2);
    const dialog = page.locator('[data-testid="window-close-dialog"]');
    await dialog.waitFor();
    expect(await page.locator('dialog[open] .dialog__title').textContent()).toBe(zh.windowClose.title);
    const active = await page.locator('[data-testid="scenario-select"] option:checked').textContent();
    expect(await page.locator('[data-testid="window-close-names"] li').allTextContents()).toEqual([active]);
    await page.locator('dialog[open]').screenshot({ path: join(SHOTS, 'window-close-dialog-zh.png') });
    await page.locator('[data-testid="window-close-cancel"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await answers()).toEqual([[1, 'close'], [2, 'stay']]);
    // Escape is Cancel too.
    await requestClose(3);
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(answers).toEqual([[1, 'close'], [2, 'stay'], [3, 'stay']]);
    await requestClose(4);
    await page.locator('[data-testid="window-close-discard"]').click();
    await expect.poll(answers).toContainEqual([4, 'close']);
    // Nothing was changed by Don't save: the window (here, the page) goes away with the work as it is.
    expect(await inflowBox(page).inputValue()).toBe('24000');
  });

  it('Save saves each unsaved scenario as the top bar does, then answers "close"', async () => {
    await requestClose(5);
    await page.locator('[data-testid="window-close-dialog"]').waitFor();
    // Not in the library: saved to a file (a download in a browser), as the top bar's Save does.
    const download = page.waitForEvent('download');
    await page.locator('[data-testid="window-close-save"]').click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);
    await expect.poll(answers).toContainEqual([5, 'close']);
    await unsavedBadge(page).waitFor({ state: 'detached' });
  });
});

describe('the File menu’s Rename… and Close scenario', () => {
  it('Rename… opens the top bar’s Rename dialog, as F2 does', async () => {
    await page.evaluate(() => window.__xiqingTest!.host.emit('menu:rename'));
    const dialog = page.locator('[data-testid="rename-dialog"]');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.locator('h1').click();
    await page.keyboard.press('F2');
    await dialog.waitFor();
    expect(await page.locator('[data-testid="rename-zh"]').inputValue()).not.toBe('');
    // A menu shortcut while the question is open does not stack another question on it.
    const activeId = () => page.evaluate(() => window.__xiqingTest!.store.getState().activeId);
    const before = await activeId();
    await page.evaluate(() => window.__xiqingTest!.host.emit('menu:close-scenario'));
    expect(await page.locator('dialog[open]').count()).toBe(1);
    expect(await activeId()).toBe(before);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('Close scenario closes the active scenario, asking first when it has unsaved changes', async () => {
    await page.locator('[data-testid="new-from-preset"]').click();
    await page.locator('dialog[open] [data-preset="low-fertility"]').click();
    await expect.poll(openCount).toBe(2);
    await setInflow(page, 25_000);
    await unsavedBadge(page).waitFor();
    await page.evaluate(() => window.__xiqingTest!.host.emit('menu:close-scenario'));
    const question = page.locator('[data-testid="close-dialog"]');
    await question.waitFor();
    await page.locator('[data-testid="close-cancel"]').click();
    await question.waitFor({ state: 'hidden' });
    expect(await openCount()).toBe(2);
    await page.evaluate(() => window.__xiqingTest!.store.undo());
    await unsavedBadge(page).waitFor({ state: 'detached' });
    await page.evaluate(() => window.__xiqingTest!.host.emit('menu:close-scenario'));
    await expect.poll(openCount).toBe(1);
    expect(await question.isVisible()).toBe(false);
  });
});
