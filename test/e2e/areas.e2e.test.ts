/**
 * The Areas view end to end, in Chromium against the built renderer: every area of the shipped file
 * is on the tile map and in the table with the model's numbers; the placeholder notice shows; the year
 * slider moves the gaps; editing a supply figure changes that area's gap (by exactly the edit) and no
 * other; a lever moved in the editor reaches the view; English relabels it. Screenshots at 1280×800:
 * test-results/areas-zh.png, areas-en.png, and the tables scrolled into view (areas-*-tables.png).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultAreasFile, serializeAreasFile, xiqingAreas } from '../../src/model/areas';
import { DEFAULT_NORMS } from '../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../src/model/xiqing/levers/lever-values';
import areasEn from '../../renderer/src/i18n/areas/en.json';
import areasZh from '../../renderer/src/i18n/areas/zh-CN.json';
import { openAppForFile, SHOTS } from './support/app-for-file';

let page: Page;
const app = openAppForFile((p) => (page = p));

const file = defaultAreasFile();
const expected = xiqingAreas(file, DEFAULT_LEVERS, DEFAULT_NORMS);
const at = (year: number) => expected.populations.years.indexOf(year);
const ZHANGJIAWO = '120111103';
const zIndex = file.areas.findIndex((a) => a.code === ZHANGJIAWO);

const tileValue = (code: string) => page.locator(`[data-testid="area-tile-${code}"]`).getAttribute('data-value').then(Number);
const gapText = (code: string) => page.locator(`[data-testid="childcare-gap-${code}"]`).textContent();
/** Chart animations (250 ms) finish before a screenshot. */
const settle = () => page.waitForTimeout(400);

describe('areas view', () => {
  it('opens from the top bar and shows every area on the map and in the table, with the placeholder notice', async () => {
    await page.locator('.top-bar nav button', { hasText: areasZh.tab }).click();
    await page.waitForSelector('[data-testid="areas-page"]');
    for (const a of file.areas) {
      await expect(page.locator(`[data-testid="area-tile-${a.code}"]`).count()).resolves.toBe(1);
      await expect(page.locator(`[data-testid="area-row-${a.code}"] th`).textContent()).resolves.toBe(a.name.zh);
    }
    const notice = await page.locator('[data-testid="areas-placeholder-notice"]').textContent();
    expect(notice).toContain(String(file.areas.filter((a) => a.sources.residents2020.grade === 'U').length));
    // the map shows the 2025 childcare gap of the model
    for (const [i, a] of file.areas.entries()) {
      expect(await tileValue(a.code)).toBeCloseTo(expected.rows[i][at(2025)].childcareGap, 2);
    }
    await settle();
    await page.screenshot({ path: join(SHOTS, 'areas-zh.png') });
    await page.locator('[data-testid="supply-editor"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'areas-zh-tables.png') });
    await page.locator('[data-testid="areas-page"] h2').scrollIntoViewIfNeeded();
  });

  it('the year slider moves the gaps', async () => {
    const before = await tileValue(ZHANGJIAWO);
    await page.locator('[data-testid="areas-year"]').fill('2030');
    await page.waitForFunction(() => document.querySelector('[data-testid="areas-year-value"]')?.textContent === '2030');
    await page.waitForFunction(
      ([code, value]) => Number(document.querySelector(`[data-testid="area-tile-${code}"]`)?.getAttribute('data-value')) !== value,
      [ZHANGJIAWO, before] as const,
    );
    const after = await tileValue(ZHANGJIAWO);
    expect(after).toBeCloseTo(expected.rows[zIndex][at(2030)].childcareGap, 2);
    expect(after).not.toBeCloseTo(before, 0);
  });

  it('editing a supply figure changes that area’s gap by the edit and leaves the others', async () => {
    const others = await Promise.all(file.areas.filter((a) => a.code !== ZHANGJIAWO).map((a) => tileValue(a.code)));
    const before = await tileValue(ZHANGJIAWO);
    const current = file.supply.find((r) => r.area === ZHANGJIAWO && r.facility === 'childcare')!.capacity;
    await page.locator('[data-testid="supply-area"]').selectOption(ZHANGJIAWO);
    const box = page.locator('[data-testid="supply-capacity-childcare"]');
    expect(await box.inputValue()).toBe(String(current));
    await box.fill(String(current + 500));
    await page.waitForFunction(
      ([code, value]) => Number(document.querySelector(`[data-testid="area-tile-${code}"]`)?.getAttribute('data-value')) !== value,
      [ZHANGJIAWO, before] as const,
    );
    expect(await tileValue(ZHANGJIAWO)).toBeCloseTo(before - 500, 2);
    const after = await Promise.all(file.areas.filter((a) => a.code !== ZHANGJIAWO).map((a) => tileValue(a.code)));
    expect(after).toEqual(others);
    // the table's gap cell follows too
    expect(await gapText(ZHANGJIAWO)).not.toBe('');
    await box.fill(String(current));
    await page.waitForFunction(
      ([code, value]) => Math.abs(Number(document.querySelector(`[data-testid="area-tile-${code}"]`)?.getAttribute('data-value')) - value) < 0.01,
      [ZHANGJIAWO, before] as const,
    );
  });

  it('follows a lever moved in the editor: the South Station district lands in Zhangjiawo', async () => {
    const others = await Promise.all(file.areas.filter((a) => a.code !== ZHANGJIAWO).map((a) => tileValue(a.code)));
    const before = await tileValue(ZHANGJIAWO);
    await page.locator('.top-bar nav button', { hasText: '情景编辑' }).click();
    const box = page.locator('[data-lever="southStationPopulation"] input[type="text"]');
    await box.fill('150000');
    await box.press('Enter');
    await page.locator('.top-bar nav button', { hasText: areasZh.tab }).click();
    await page.waitForSelector('[data-testid="areas-page"]');
    const withLever = xiqingAreas(file, { ...DEFAULT_LEVERS, southStationPopulation: 150000 }, DEFAULT_NORMS);
    await page.waitForFunction(
      ([code, value]) => Number(document.querySelector(`[data-testid="area-tile-${code}"]`)?.getAttribute('data-value')) !== value,
      [ZHANGJIAWO, before] as const,
    );
    expect(await tileValue(ZHANGJIAWO)).toBeCloseTo(withLever.rows[zIndex][at(2030)].childcareGap, 2);
    expect(await tileValue(ZHANGJIAWO)).toBeGreaterThan(before);
    const after = await Promise.all(file.areas.filter((a) => a.code !== ZHANGJIAWO).map((a) => tileValue(a.code)));
    after.forEach((v, k) => expect(v).toBeCloseTo(others[k], 2));
    await page.keyboard.press('Control+z');
  });

  it('relabels in English and keeps every area', async () => {
    await page.locator('[data-language="en"]').click();
    await page.waitForFunction((title) => document.querySelector('.areas__head h2')?.textContent === title, areasEn.title);
    for (const a of file.areas) await expect(page.locator(`[data-testid="area-row-${a.code}"] th`).textContent()).resolves.toBe(a.name.en);
    await page.locator('[data-testid="areas-year"]').fill('2025');
    await page.waitForFunction(() => document.querySelector('[data-testid="areas-year-value"]')?.textContent === '2025');
    await settle();
    await page.screenshot({ path: join(SHOTS, 'areas-en.png') });
    await page.locator('[data-testid="areas-table"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'areas-en-tables.png') });
    await page.locator('[data-testid="areas-page"] h2').scrollIntoViewIfNeeded();
    // Falling births: by 2035 some areas have more primary places than pupils — surplus in blue.
    await page.locator('[data-testid="areas-indicator"]').selectOption('primaryGap');
    await page.locator('[data-testid="areas-year"]').fill('2035');
    await page.waitForFunction(() => document.querySelector('[data-testid="areas-year-value"]')?.textContent === '2035');
    const t2035 = at(2035);
    for (const [i, a] of file.areas.entries()) expect(await tileValue(a.code)).toBeCloseTo(expected.rows[i][t2035].primaryGap, 2);
    expect(expected.rows.some((r) => r[t2035].primaryGap < 0)).toBe(true);
    await settle();
    await page.screenshot({ path: join(SHOTS, 'areas-en-primary-2035.png') });
    await page.locator('[data-testid="areas-indicator"]').selectOption('childcareGap');
    await page.locator('[data-testid="areas-year"]').fill('2025');
    await page.locator('[data-language="zh-CN"]').click();
  });

  it('exports the map as PNG, the tables as XLSX (a sheet per table) and a PPTX slide', async () => {
    const downloadOf = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.locator(`[data-testid="${testId}"]`).click()]);
      return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
    };
    const png = await downloadOf('areas-map-png');
    expect(png.name).toMatch(/\.png$/);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(1000); // width at 2×
    await writeFile(join(SHOTS, 'areas-map-export.png'), png.bytes);
    const xlsx = await downloadOf('areas-export-xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([areasZh.export.sheetAreas, areasZh.export.sheetSupply, areasZh.export.sheetAdditions, areasZh.export.sheetSources]);
    expect(wb.worksheets[0].rowCount).toBe(1 + file.areas.length * expected.populations.years.length);
    const pptx = await downloadOf('areas-export-pptx');
    const zip = await JSZip.loadAsync(pptx.bytes);
    expect(Object.keys(zip.files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(1);
  });

  it('replaces the areas file with the user’s own: a bad file is refused with located problems, a good one is used', async () => {
    await page.locator('.top-bar nav button', { hasText: areasZh.tab }).click();
    await page.waitForSelector('[data-testid="areas-page"]');
    const bad = JSON.parse(serializeAreasFile(file));
    bad.areas[4].residents2020 = -1;
    await page.locator('[data-testid="areas-file-input"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
    await page.locator('[data-testid="areas-message"]').waitFor();
    expect(await page.locator('[data-testid="areas-message"]').textContent()).toContain('areas[4].residents2020: must be ≥ 0');
    // nothing was replaced: the shipped Zhangjiawo tile is unchanged
    const mine = { ...file, areas: file.areas.map((a) => (a.code === ZHANGJIAWO ? { ...a, residents2020: a.residents2020 + 50000 } : a)) };
    await page.locator('[data-testid="areas-file-input"]').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(serializeAreasFile(mine)) });
    await page.waitForFunction(() => document.querySelector('[data-testid="areas-message"]')?.getAttribute('role') === 'status');
    const expectedMine = xiqingAreas(mine, DEFAULT_LEVERS, DEFAULT_NORMS);
    const year = Number(await page.locator('[data-testid="areas-year-value"]').textContent());
    await page.waitForFunction(
      ([code, value]) => Math.abs(Number(document.querySelector(`[data-testid="area-tile-${code}"]`)?.getAttribute('data-value')) - value) < 0.01,
      [ZHANGJIAWO, expectedMine.rows[zIndex][at(year)].childcareGap] as const,
    );
    await page.locator('[data-testid="areas-reset"]').click();
    await page.waitForFunction(
      ([code, value]) => Math.abs(Number(document.querySelector(`[data-testid="area-tile-${code}"]`)?.getAttribute('data-value')) - value) < 0.01,
      [ZHANGJIAWO, expected.rows[zIndex][at(year)].childcareGap] as const,
    );
  });

  it('the compare view gains an area-gap table with the model’s gaps', async () => {
    await page.locator('.top-bar nav button', { hasText: '方案比较' }).click();
    const table = page.locator('[data-testid="compare-area-gaps"]');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(file.areas.length);
    const first = await table.locator('tbody tr').nth(zIndex).locator('td').first().textContent();
    const gap = expected.rows[zIndex][at(2025)].childcareGap;
    expect(first).toBe(`+${Math.round(gap).toLocaleString('en-US')}`);
    await table.scrollIntoViewIfNeeded();
    await settle();
    await page.screenshot({ path: join(SHOTS, 'areas-compare-zh.png') });
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
