/**
 * Saving and naming where people look, end to end in Chromium with the browser host: the top bar's
 * Save (and Ctrl+S) writes a library scenario back into its entry, Save as (the menu, Ctrl+Shift+S)
 * writes a file; Rename renames the open scenario and its library entry and file, keeps both language
 * names and says what is wrong with a bad name; closing a scenario with unsaved changes asks first and
 * each answer does what it says. The bar fits 1280×800 in Chinese and English with every state shown:
 * each control inside the window, none overlapping another (screenshots in test-results/).
 */
import { join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import zh from '../../renderer/src/i18n/zh-CN.json';
import libraryZh from '../../renderer/src/i18n/library/zh-CN.json';
import commonEn from '../../src/i18n/common/en.json';
import commonZh from '../../src/i18n/common/zh-CN.json';
import { openAppForFile, SHOTS } from './support/app-for-file';

let page: Page;

const select = () => page.locator('[data-testid="scenario-select"]');
const shownName = () => page.locator('[data-testid="scenario-select"] option:checked').textContent();
const inflowBox = () => page.locator('[data-lever="centralCityInflow"] input[type="text"]');
const unsavedBadge = () => page.locator('[data-testid="unsaved-badge"]');
const listing = () => page.evaluate(() => window.__xiqingTest!.host.listLibrary());
const openCount = () => page.evaluate(() => window.__xiqingTest!.store.getState().order.length);

async function setInflow(value: number) {
  await inflowBox().fill(String(value));
  await inflowBox().press('Enter');
}

async function useLanguage(language: 'zh-CN' | 'en') {
  await page.locator(`[data-language="${language}"]`).click();
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

async function menu(item: 'save-as' | 'rename' | 'close') {
  await page.locator('[data-testid="scenario-menu"]').click();
  await page.locator(`[data-testid="menu-${item}"]`).click();
}

async function downloadedText(download: Download): Promise<string> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Every control of the bar: inside the window, of some size, and not overlapping any other. */
const barProblems = () =>
  page.evaluate(() => {
    const bar = document.querySelector('.top-bar') as HTMLElement;
    // The bar's own controls (its dialogs live in it too, closed).
    const controls = Array.from(bar.querySelectorAll<HTMLElement>('h1, button, select, .badge, label')).filter((c) => !c.closest('dialog'));
    const boxes = controls.map((c) => ({ name: c.dataset.testid ?? c.dataset.language ?? c.textContent?.trim() ?? c.tagName, r: c.getBoundingClientRect(), c }));
    const problems: string[] = [];
    for (const { name, r } of boxes) {
      if (r.width === 0 || r.height === 0) problems.push(`${name}: no size`);
      if (r.left < 0 || r.right > window.innerWidth || r.top < 0 || r.bottom > bar.getBoundingClientRect().bottom + 0.5) problems.push(`${name}: outside`);
    }
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        if (a.c.contains(b.c) || b.c.contains(a.c)) continue;
        const overlapX = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const overlapY = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (overlapX > 0.5 && overlapY > 0.5) problems.push(`${a.name} overlaps ${b.name}`);
      }
    }
    return { problems, height: bar.getBoundingClientRect().height, scrolls: bar.scrollWidth > bar.clientWidth || document.documentElement.scrollWidth > window.innerWidth };
  });

const app = openAppForFile((opened) => {
  page = opened;
});

describe('the top bar’s scenario commands in Chromium', () => {
  it('starts from a library scenario: no unsaved badge, Save in the bar, not in the lever panel', async () => {
    await page.locator('.top-bar nav button', { hasText: libraryZh.tab }).click();
    await page.locator('[data-testid="library-new-talent-led"]').click();
    await page.locator('[data-testid="tile-residents-value"]').waitFor();
    expect(await shownName()).toBe('人才引领增长');
    expect(await unsavedBadge().count()).toBe(0);
    expect(await page.locator('.lever-panel [data-testid="save"], .lever-panel [data-testid="editor-save"]').count()).toBe(0);
    expect(await page.locator('.top-bar [data-testid="save"]').textContent()).toBe(zh.topBar.save);
  });

  it('Ctrl+S saves the changed lever into the library entry and clears the unsaved badge', async () => {
    await setInflow(31_000);
    await unsavedBadge().waitFor();
    expect(await unsavedBadge().textContent()).toBe(zh.topBar.unsaved);
    expect(await page.locator('[data-testid="changed-count"]').textContent()).toMatch(/^已调整 \d+ 项$/);
    // From the page, not the number box (whose own Ctrl+S would be the same, but the page is the point).
    await page.locator('#lever-panel-title').click();
    await page.keyboard.press('Control+s');
    await unsavedBadge().waitFor({ state: 'detached' });
    const [entry] = (await listing()).entries;
    const read = await page.evaluate((id) => window.__xiqingTest!.host.readLibraryScenario(id), entry.id);
    expect(read.status === 'opened' && JSON.parse(read.text).levers.centralCityInflow).toBe(31_000);
  });

  it('Save as (the menu, and Ctrl+Shift+S) writes the scenario to a file', async () => {
    let download = page.waitForEvent('download');
    await menu('save-as');
    let file = JSON.parse(await downloadedText(await download));
    expect(file).toMatchObject({ format: 'xiqing-population-scenario', name: '人才引领增长 · Talent-led growth', levers: { centralCityInflow: 31_000 } });
    await setInflow(32_000);
    download = page.waitForEvent('download');
    await page.keyboard.press('Control+Shift+S');
    file = JSON.parse(await downloadedText(await download));
    expect(file.levers.centralCityInflow).toBe(32_000);
    // A file is a copy elsewhere: the library scenario is still unsaved.
    expect(await unsavedBadge().count()).toBe(1);
  });

  it('Rename says what is wrong with a bad name, then renames the entry and its file, keeping both languages', async () => {
    await menu('rename');
    const dialog = page.locator('[data-testid="rename-dialog"]');
    await dialog.waitFor();
    expect(await page.locator('[data-testid="rename-zh"]').inputValue()).toBe('人才引领增长');
    expect(await page.locator('[data-testid="rename-en"]').inputValue()).toBe('Talent-led growth');
    await page.locator('[data-testid="rename-zh"]').fill('');
    await page.locator('[data-testid="rename-ok"]').click();
    expect(await page.locator('[data-testid="rename-error"]').textContent()).toBe(zh.renameDialog.problems.empty);
    await page.locator('[data-testid="rename-zh"]').fill('常务会议 · 方案');
    await page.locator('[data-testid="rename-ok"]').click();
    expect(await page.locator('[data-testid="rename-error"]').getAttribute('data-problem')).toBe('separator');
    await page.locator('dialog[open]').screenshot({ path: join(SHOTS, 'top-bar-rename-error-zh.png') });
    await page.locator('[data-testid="rename-zh"]').fill('常务会议方案');
    await page.locator('[data-testid="rename-en"]').fill('Council scenario');
    await page.locator('[data-testid="rename-ok"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(async () => (await listing()).entries.map((e) => [e.name, e.fileName])).toEqual([
      ['常务会议方案 · Council scenario', '常务会议方案 · Council scenario.json'],
    ]);
    expect(await shownName()).toBe('常务会议方案');
    await useLanguage('en');
    expect(await shownName()).toBe('Council scenario');
    await useLanguage('zh-CN');
    // The rename wrote the name, not the unsaved lever: the entry still has the saved value.
    const read = await page.evaluate(async () => {
      const [entry] = (await window.__xiqingTest!.host.listLibrary()).entries;
      return window.__xiqingTest!.host.readLibraryScenario(entry.id);
    });
    expect(read.status === 'opened' && JSON.parse(read.text).levers.centralCityInflow).toBe(31_000);
    expect(await unsavedBadge().count()).toBe(1);
  });

  it('fits 1280×800 in both languages with every state shown: each control inside the window, none overlapping', async () => {
    expect(await page.locator('[data-testid="changed-count"]').count()).toBe(1);
    for (const language of ['zh-CN', 'en'] as const) {
      await useLanguage(language);
      await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, language === 'en' ? commonEn.app.name : commonZh.app.name);
      const layout = await barProblems();
      expect(layout.problems, language).toEqual([]);
      expect(layout.scrolls).toBe(false);
      expect(layout.height).toBeLessThanOrEqual(64);
      await page.locator('.top-bar').screenshot({ path: join(SHOTS, `top-bar-1280-${language === 'en' ? 'en' : 'zh'}.png`) });
      // The open menu too: inside the window.
      await page.locator('[data-testid="scenario-menu"]').click();
      const menuBox = await page.locator('[role="menu"]').boundingBox();
      expect(menuBox!.x + menuBox!.width).toBeLessThanOrEqual(1280);
      await page.screenshot({ path: join(SHOTS, `top-bar-menu-1280-${language === 'en' ? 'en' : 'zh'}.png`), clip: { x: 480, y: 0, width: 800, height: 220 } });
      await page.keyboard.press('Escape');
      await page.locator('[role="menu"]').waitFor({ state: 'detached' });
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('scenario-menu');
    }
    await useLanguage('zh-CN');
  });

  it('closing with unsaved changes asks first: Cancel keeps it, Save saves then closes', async () => {
    const before = await openCount();
    await page.locator('[data-testid="close-scenario"]').click();
    const dialog = page.locator('[data-testid="close-dialog"]');
    await dialog.waitFor();
    expect(await page.locator('dialog[open] .dialog__title').textContent()).toBe('关闭“常务会议方案”？');
    await page.locator('dialog[open]').screenshot({ path: join(SHOTS, 'top-bar-close-dialog-zh.png') });
    await page.locator('[data-testid="close-cancel"]').click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await openCount()).toBe(before);
    expect(await inflowBox().inputValue()).toBe('32000');

    await page.locator('[data-testid="close-scenario"]').click();
    await page.locator('[data-testid="close-save"]').click();
    await expect.poll(openCount).toBe(before - 1);
    const read = await page.evaluate(async () => {
      const [entry] = (await window.__xiqingTest!.host.listLibrary()).entries;
      return window.__xiqingTest!.host.readLibraryScenario(entry.id);
    });
    expect(read.status === 'opened' && JSON.parse(read.text).levers.centralCityInflow).toBe(32_000);
    expect(await select().locator('option', { hasText: '常务会议方案' }).count()).toBe(0);
  });

  it('Don’t save closes and discards (its recovery record too); a scenario without changes closes at once', async () => {
    await page.locator('[data-testid="new-from-preset"]').click();
    await page.locator('dialog[open] [data-preset="low-fertility"]').click();
    await expect.poll(() => page.evaluate(() => {
      const state = window.__xiqingTest!.store.getState();
      return state.entries[state.activeId].scenario.presetId;
    })).toBe('low-fertility');
    const before = await openCount();
    await setInflow(20_000);
    await unsavedBadge().waitFor();
    // The edit reaches the recovery area (about a second after the change) before the close.
    await expect.poll(() => page.evaluate(async () => (await window.__xiqingTest!.host.listRecovery()).filter((r) => r.text.includes('20000')).length)).toBe(1);
    await menu('close');
    await page.locator('[data-testid="close-discard"]').click();
    await expect.poll(openCount).toBe(before - 1);
    await expect.poll(() => page.evaluate(async () => (await window.__xiqingTest!.host.listRecovery()).filter((r) => r.text.includes('20000')).length)).toBe(0);

    // The remaining scenario (trend, unchanged) closes without a question; the editor opens trend afresh.
    const ids = await page.evaluate(() => window.__xiqingTest!.store.getState().order);
    for (let i = 0; i < ids.length; i++) {
      await page.locator('[data-testid="close-scenario"]').click();
      if (await page.locator('[data-testid="close-dialog"]').isVisible()) await page.locator('[data-testid="close-discard"]').click();
    }
    await expect.poll(openCount).toBe(1);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.locator('[data-testid="tile-residents-value"]').waitFor();

    // The menu has a close command for each open scenario: one that is not shown closes, the shown one stays.
    const [first] = await page.evaluate(() => window.__xiqingTest!.store.getState().order);
    await page.locator('[data-testid="new-from-preset"]').click();
    await page.locator('dialog[open] [data-preset="talent-led"]').click();
    await expect.poll(openCount).toBe(2);
    const [, second] = await page.evaluate(() => window.__xiqingTest!.store.getState().order);
    await select().selectOption(first);
    await page.locator('[data-testid="scenario-menu"]').click();
    expect(await page.locator('[role="menuitem"]').allTextContents()).toEqual([
      `${zh.topBar.saveAs}Ctrl+Shift+S`, `${zh.topBar.rename}F2`, '关闭“近期趋势”', '关闭“人才引领增长”',
    ]);
    await page.locator(`[data-testid="menu-close-${second}"]`).click();
    await expect.poll(openCount).toBe(1);
    expect(await page.evaluate(() => window.__xiqingTest!.store.getState().activeId)).toBe(first);
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
