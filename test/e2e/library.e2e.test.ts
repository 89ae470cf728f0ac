/**
 * The scenario library end to end, in Chromium against the built renderer with the browser host
 * (library and recovery in IndexedDB, kept across reloads): new from a preset, a lever change saved
 * into the library and found again after a reload; rename with a Chinese name, notes, duplicate,
 * delete with Undo; a save over an entry changed elsewhere asks first; dropped and opened files that
 * are not readable scenarios give their own messages; the recovery offer after an unsaved edit and a
 * reload brings the edit back. Nothing logs an error on the way.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import libraryEn from '../../renderer/src/i18n/library/en.json';
import libraryZh from '../../renderer/src/i18n/library/zh-CN.json';
import zh from '../../renderer/src/i18n/zh-CN.json';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { PROJECT_ROOT } from './support/build-renderer';
import { personsTileText, presetLevers, rowOf, rowsFor, withLever } from './support/expected';

const INFLOW = 33_000;
const SAVED_NAME = '人才引领增长';
/** A copy of a preset keeps both languages of its name in the library. */
const SAVED_ENTRY = '人才引领增长 · Talent-led growth';
const RENAMED = '人才引领: 中心城区加快（33000）';

let page: Page;

const inflowBox = () => page.locator('[data-lever="centralCityInflow"] input[type="text"]');
const tab = (name: string) => page.locator('nav button', { hasText: name });
const notice = () => page.locator('[data-testid="library-notice"]');
const entryRow = (name: string) => page.locator(`[data-testid="library-entry"][data-entry="${name}"]`);

async function waitForTile(text: string) {
  await page.waitForFunction((t) => document.querySelector('[data-testid="tile-residents-value"]')?.textContent === t, text);
}

async function setInflow(value: number) {
  await inflowBox().fill(String(value));
  await inflowBox().press('Enter');
}

async function showLibrary() {
  await tab(libraryZh.tab).click();
  await page.waitForSelector('[data-testid="library"]');
}

async function reload() {
  await page.reload();
  await page.waitForFunction(() => window.__xiqingTest !== undefined && document.querySelector('[data-testid="tile-residents-value"]') !== null);
}

/** Polls the host until `check` holds (waitForFunction does not await a promise). */
async function until(check: () => Promise<boolean>, timeout = 10_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting for the host');
    await page.waitForTimeout(100);
  }
}
const recoveryTexts = () => page.evaluate(async () => (await window.__xiqingTest!.host.listRecovery()).map((r) => r.text));

/** Library entries as the host has them. */
const listing = () => page.evaluate(() => window.__xiqingTest!.host.listLibrary());

/** Drops a file on the window the way a user's drag does (dragenter, dragover, drop with a DataTransfer). */
async function dropFile(name: string, text: string) {
  await page.evaluate(([n, body]) => {
    const data = new DataTransfer();
    data.items.add(new File([body], n, { type: 'application/json' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      window.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    }
  }, [name, text] as const);
}

const app = openAppForFile((opened) => {
  page = opened;
});

describe('scenario library in Chromium', () => {
  const talent = () => presetLevers('talent-led');

  it('starts empty and creates a scenario from a preset, opened in the editor', async () => {
    await showLibrary();
    await page.waitForSelector('[data-testid="library-empty"]');
    expect(await page.locator('.library-preset').count()).toBeGreaterThanOrEqual(6);
    await page.locator('[data-testid="library-new-talent-led"]').click();
    await waitForTile(personsTileText(rowOf(rowsFor(talent()), 2025).residents, 'zh-CN'));
    expect(await page.locator('[data-testid="scenario-select"] option:checked').textContent()).toBe(SAVED_NAME);
    expect((await listing()).entries).toMatchObject([{ name: SAVED_ENTRY }]);
    // The row shows the interface language's part.
    await showLibrary();
    expect(await entryRow(SAVED_ENTRY).locator('.library-table__open').textContent()).toBe(SAVED_NAME);
    await page.locator('nav button', { hasText: '情景编辑' }).click();
  });

  it('saves a changed lever into the library; after a reload, reopening it shows the lever kept', async () => {
    await setInflow(INFLOW);
    const changed = withLever(talent(), 'centralCityInflow', INFLOW);
    await waitForTile(personsTileText(rowOf(rowsFor(changed), 2025).residents, 'zh-CN'));
    await showLibrary();
    expect(await page.locator('[data-testid="library-current-status"]').textContent()).toBe(libraryZh.current.unsaved);
    await page.locator('[data-testid="library-save"]').click();
    await page.waitForFunction((text) => document.querySelector('[data-testid="library-current-status"]')?.textContent === text, libraryZh.current.saved);
    expect(await notice().textContent()).toContain(SAVED_NAME);
    const saved = await page.evaluate((id) => window.__xiqingTest!.host.readLibraryScenario(id), (await listing()).entries[0].id);
    expect(saved.status === 'opened' && JSON.parse(saved.text).levers.centralCityInflow).toBe(INFLOW);
    // Saving cleared the recovery area: there is nothing to offer after the reload.
    await until(async () => (await recoveryTexts()).length === 0);

    await reload();
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(await inflowBox().inputValue()).toBe(String(presetLevers('trend').centralCityInflow));
    await showLibrary();
    await entryRow(SAVED_ENTRY).locator('[data-testid="library-open"]').click();
    await page.waitForSelector('[data-testid="tile-residents-value"]');
    expect(await inflowBox().inputValue()).toBe(String(INFLOW));
    await waitForTile(personsTileText(rowOf(rowsFor(changed), 2025).residents, 'zh-CN'));
    expect(await page.locator('[data-testid="scenario-select"] option:checked').textContent()).toBe(SAVED_NAME);
  });

  it('renames in two fields, Chinese and English, with the Rename dialog’s checks and messages', async () => {
    await showLibrary();
    await entryRow(SAVED_ENTRY).locator('[data-testid="library-rename"]').click();
    const zhBox = page.locator('[data-testid="library-rename-zh"]');
    const enBox = page.locator('[data-testid="library-rename-en"]');
    const error = page.locator('[data-testid="library-rename-error"]');
    expect(await zhBox.inputValue()).toBe('人才引领增长');
    expect(await enBox.inputValue()).toBe('Talent-led growth');
    await zhBox.fill('  ');
    await zhBox.press('Enter');
    expect(await error.textContent()).toBe(zh.renameDialog.problems.empty);
    expect(await zhBox.getAttribute('aria-invalid')).toBe('true');
    await zhBox.fill('常务会议 · 方案');
    await zhBox.press('Enter');
    expect(await error.getAttribute('data-problem')).toBe('separator');
    expect(await error.textContent()).toBe(zh.renameDialog.problems.separator);
    await entryRow(SAVED_ENTRY).screenshot({ path: join(SHOTS, 'library-rename-two-fields-zh.png') });
    // Typing clears the message; nothing was renamed by the refused attempts.
    await zhBox.fill('人才引领增长');
    expect(await error.count()).toBe(0);
    expect((await listing()).entries.map((e) => e.name)).toContain(SAVED_ENTRY);
  });

  it('renames with a Chinese name only (Windows-unsafe characters only change the file name), and keeps notes', async () => {
    await page.locator('[data-testid="library-rename-zh"]').fill(RENAMED);
    // An empty English field takes the Chinese name: one name in both languages.
    await page.locator('[data-testid="library-rename-en"]').fill('');
    await page.locator('[data-testid="library-rename-en"]').press('Enter');
    await entryRow(RENAMED).waitFor();
    expect(await entryRow(RENAMED).locator('.library-table__file').textContent()).toBe('人才引领_ 中心城区加快（33000）.json');
    // The open scenario follows the rename.
    expect(await page.locator('[data-testid="scenario-select"] option:checked').textContent()).toBe(RENAMED);

    const notes = entryRow(RENAMED).locator('[data-testid="library-notes"]');
    await notes.fill('用于区政府常务会议：中心城区疏解加快的情形');
    await page.locator('main h2').first().click();
    await until(async () => (await listing()).entries.some((e) => e.notes.startsWith('用于')));
    expect(await page.locator('[data-testid="library-current-status"]').textContent()).toBe(libraryZh.current.saved);
    expect(await entryRow(RENAMED).locator('time').textContent()).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    await page.screenshot({ path: join(SHOTS, 'library-zh.png') });
  });

  it('duplicates, and deletes with Undo', async () => {
    const copy = `${RENAMED} 副本`;
    await entryRow(RENAMED).locator('[data-testid="library-duplicate"]').click();
    await entryRow(copy).waitFor();
    await entryRow(copy).locator('[data-testid="library-delete"]').click();
    await entryRow(copy).waitFor({ state: 'detached' });
    expect(await notice().textContent()).toContain(copy);
    await page.locator('[data-testid="library-undo"]').click();
    await entryRow(copy).waitFor();
    expect((await listing()).entries.map((e) => e.name).sort()).toEqual([RENAMED, copy].sort());
    // Delete it for good (it stays restorable from "recently deleted").
    await entryRow(copy).locator('[data-testid="library-delete"]').click();
    await entryRow(copy).waitFor({ state: 'detached' });
    expect(await page.locator('.library-deleted summary').textContent()).toContain('1');
  });

  it('asks before overwriting an entry changed elsewhere since it was opened; overwriting writes the lever', async () => {
    const id = (await listing()).entries.find((e) => e.name === RENAMED)!.id;
    await page.evaluate((entryId) => window.__xiqingTest!.host.updateLibraryScenario(entryId, { description: 'changed in another window' }), id);
    await tab('情景编辑').click();
    await setInflow(35_000);
    await showLibrary();
    await page.locator('[data-testid="library-save"]').click();
    const dialog = page.locator('[data-testid="conflict-dialog"]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('data-reason')).toBe('changed');
    await page.screenshot({ path: join(SHOTS, 'library-conflict-zh.png') });
    let stored = await page.evaluate((entryId) => window.__xiqingTest!.host.readLibraryScenario(entryId), id);
    expect(stored.status === 'opened' && JSON.parse(stored.text).levers.centralCityInflow).toBe(INFLOW);
    await page.locator('[data-testid="conflict-overwrite"]').click();
    await page.waitForFunction((text) => document.querySelector('[data-testid="library-current-status"]')?.textContent === text, libraryZh.current.saved);
    stored = await page.evaluate((entryId) => window.__xiqingTest!.host.readLibraryScenario(entryId), id);
    expect(stored.status === 'opened' && JSON.parse(stored.text).levers.centralCityInflow).toBe(35_000);
  });

  it('gives a dropped or opened file that is not a readable scenario its own message, and opens a good one', async () => {
    const cases: [string, string, string][] = [
      ['damaged.json', '{ "format": "xiqing-population-scenario", ', 'not-json'],
      ['package.json', JSON.stringify({ name: 'other-program', version: '1.0.0' }), 'foreign'],
      ['newer.json', JSON.stringify({ format: 'xiqing-population-scenario', version: 9, name: 'x', description: '', levers: {}, notes: '' }), 'future-version'],
      ['bad-value.json', JSON.stringify({ format: 'xiqing-population-scenario', version: 1, name: 'x', description: '', levers: { tfr2025: 9 }, notes: '' }), 'invalid'],
    ];
    const order = await page.evaluate(() => window.__xiqingTest!.store.getState().order.length);
    const texts: string[] = [];
    for (const [name, body, kind] of cases) {
      await dropFile(name, body);
      await page.waitForFunction(([k, n]) => {
        const bar = document.querySelector('[data-testid="library-notice"]');
        return bar?.getAttribute('data-kind') === k && bar.textContent?.includes(n);
      }, [kind, name] as const);
      const text = (await notice().textContent())!;
      expect(text).toContain(libraryZh.errors[kind as keyof typeof libraryZh.errors].slice(0, 8));
      expect(text).toContain(libraryZh.errors.nothingLost);
      expect(await notice().getAttribute('role')).toBe('alert');
      texts.push(text);
    }
    expect(new Set(texts).size).toBe(cases.length);
    expect(texts[2]).toContain('9');
    // A rejected file names the field that broke.
    expect(texts[3]).toContain('tfr2025');

    // Open… with a file over the size limit.
    const chooser = page.waitForEvent('filechooser');
    await page.locator('[data-testid="library-open-file"]').click();
    await (await chooser).setFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5 * 1024 * 1024 + 10, 0x20) });
    await page.waitForFunction(() => document.querySelector('[data-testid="library-notice"]')?.getAttribute('data-kind') === 'too-large');
    await page.screenshot({ path: join(SHOTS, 'library-error-zh.png') });
    expect(await page.evaluate(() => window.__xiqingTest!.store.getState().order.length)).toBe(order);

    const good = JSON.stringify({ format: 'xiqing-population-scenario', version: 1, name: '拖入的情景', description: '', levers: { talentInflow: 9_000 }, notes: '' });
    await dropFile('拖入的情景.json', good);
    await page.waitForSelector('[data-testid="tile-residents-value"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="scenario-select"] option:checked')?.textContent === '拖入的情景');
    expect(await page.locator('[data-lever="talentInflow"] input[type="text"]').inputValue()).toBe('9000');

    // A shipped preset file dropped on the window: its name (both languages in one field) is shown in
    // the interface language, in the notice and the scenario switcher, and follows a language switch.
    const presetText = await readFile(join(PROJECT_ROOT, 'scenarios', 'three-child-uplift.json'), 'utf8');
    const [presetZh, presetEn] = (JSON.parse(presetText) as { name: string }).name.split(' · ');
    await dropFile('three-child-uplift.json', presetText);
    await page.waitForFunction((name) => document.querySelector('[data-testid="scenario-select"] option:checked')?.textContent === name, presetZh);
    await page.locator('[data-language="en"]').click();
    await page.waitForFunction((name) => document.querySelector('[data-testid="scenario-select"] option:checked')?.textContent === name, presetEn);
    await page.locator('[data-language="zh-CN"]').click();
    await page.waitForFunction((name) => document.querySelector('[data-testid="scenario-select"] option:checked')?.textContent === name, presetZh);
  });

  it('offers unsaved work after a reload; restoring brings the edit back', async () => {
    await page.locator('[data-testid="scenario-select"]').selectOption({ index: 0 });
    await setInflow(27_500);
    // Autosave writes about a second after the last change.
    await until(async () => (await recoveryTexts()).some((text) => text.includes('"centralCityInflow": 27500')));
    await reload();
    const dialog = page.locator('dialog[open]', { has: page.locator('[data-testid="recovery-list"]') });
    await dialog.waitFor();
    expect(await dialog.locator('h2').textContent()).toBe(libraryZh.recovery.title);
    expect(await dialog.locator('.recovery-list__name').allTextContents()).toContain('近期趋势');
    await page.screenshot({ path: join(SHOTS, 'recovery-zh.png') });
    await page.locator('[data-testid="recovery-restore"]').click();
    await dialog.waitFor({ state: 'detached' });
    expect(await inflowBox().inputValue()).toBe('27500');
    await waitForTile(personsTileText(rowOf(rowsFor(withLever(presetLevers('trend'), 'centralCityInflow', 27_500)), 2025).residents, 'zh-CN'));
    expect(await page.locator('[data-testid="scenario-select"] option:checked').textContent()).toBe('近期趋势');
    // Still unsaved work: the record stays until it is saved or discarded.
    expect(await recoveryTexts()).toHaveLength(1);

    // Discarding at the next start clears it.
    await reload();
    await dialog.waitFor();
    await page.locator('[data-testid="recovery-discard"]').click();
    await dialog.waitFor({ state: 'detached' });
    await until(async () => (await recoveryTexts()).length === 0);
  });

  it('relabels the library in English, with English times', async () => {
    await page.locator('[data-language="en"]').click();
    await tab(libraryEn.tab).click();
    await page.waitForFunction((title) => document.querySelector('#library-title')?.textContent === title, libraryEn.title);
    await entryRow(RENAMED).waitFor();
    expect(await entryRow(RENAMED).locator('time').textContent()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M$/);
    expect(await page.locator('[data-testid="library-open-file"]').textContent()).toBe(libraryEn.current.openFile);
    await page.screenshot({ path: join(SHOTS, 'library-en.png') });
    await page.locator('[data-language="zh-CN"]').click();
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
