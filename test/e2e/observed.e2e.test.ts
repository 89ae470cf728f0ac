/**
 * Observed figures and target sets end to end, in Chromium against the built renderer: a block of
 * three years pasted as from Excel fills the "实际数据" table, a wrong cell says what is wrong, the
 * residents chart gains observation markers (hollow circles, apart from the target diamonds), the
 * residents tile says "2023年实际 … 实际与情景之差 …", the table saves to the library, and a new
 * target set for 2030 drafted in the app becomes the checklist's. Screenshots go to test-results/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile, SHOTS } from './support/app-for-file';

let page: Page;
const app = openAppForFile((opened) => {
  page = opened;
});

/** Three year-end rows as Excel copies them: year, residents, hukou (tab-separated, CRLF). */
export const PASTED_BLOCK = '年份\t常住人口\t户籍人口\r\n2021\t1190000\t475000\r\n2022\t118.62万\t48.43万\r\n2023\t1194700\t491600\r\n';

async function paste(selector: string, text: string) {
  await page.locator(selector).evaluate((el, block) => {
    const data = new DataTransfer();
    data.setData('text/plain', block);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const chartSnapshot = (key: string) => page.evaluate((k) => window.__xiqingTest!.charts()[k], key);

describe('observed figures in Chromium', () => {
  it('fills the table from a pasted tab-separated block, 万 understood', async () => {
    const summary = page.locator('[data-testid="observed"] summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    await paste('[data-testid="observed-paste"]', PASTED_BLOCK);
    await page.locator('[data-testid="observed-row-2023"]').waitFor();
    expect(await page.locator('[data-testid="observed-table"] tbody tr').count()).toBe(3);
    expect(await page.locator('[data-testid="observed-status"]').textContent()).toBe('已粘贴 3 行');
    expect(await page.locator('[data-testid="observed-row-2022"] [data-testid="observed-residents"]').inputValue()).toBe('118.62万');
    expect(await page.locator('[data-testid="observed-error"]').count()).toBe(0);
  });

  it('says what is wrong in a cell, and keeps what was typed', async () => {
    const cell = page.locator('[data-testid="observed-row-2021"] [data-testid="observed-births"]');
    await cell.fill('abc');
    const error = page.locator('[data-testid="observed-row-2021"] [data-testid="observed-error"]');
    await error.waitFor();
    expect(await error.textContent()).toBe('须为不小于 0 的数字（可写“118.62万”）');
    expect(await cell.getAttribute('aria-invalid')).toBe('true');
    await cell.fill('9100');
    await error.waitFor({ state: 'detached' });
  });

  it('shows the observed years on the residents tile and as markers distinct from the targets', async () => {
    const tile = page.locator('[data-testid="tile-residents"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="tile-residents"]')?.textContent?.includes('2023年实际'));
    expect(await tile.textContent()).toMatch(/2023年实际 119\.5万人 · 2023年实际与情景之差 [+−]/);
    await page.locator('[data-testid="observed"]').screenshot({ path: join(SHOTS, 'observed-table.png') });
    await page.locator('[data-testid="tiles"], .tiles').first().screenshot({ path: join(SHOTS, 'observed-tiles.png') }).catch(() => undefined);
    const chart = page.locator('.chart-panel--wide').first();
    await chart.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => window.__xiqingTest!.charts().residents?.datasets.some((d) => d.label === '常住人口（实际）'));
    const residents = await chartSnapshot('residents');
    const observed = residents.datasets.find((d) => d.label === '常住人口（实际）')!;
    const year = (y: number) => residents.labels.indexOf(String(y));
    expect(observed.pointStyle).toBe('circle');
    expect(observed.data[year(2022)]).toBe(1_186_200);
    expect(observed.data[year(2021)]).toBe(1_190_000);
    expect(observed.data[year(2025)]).toBeNull();
    expect(residents.datasets.find((d) => d.label.includes('户籍人口（实际）'))!.data[year(2023)]).toBe(491_600);
    const target = residents.datasets.find((d) => d.label.startsWith('2025年常住人口目标'))!;
    expect(target.pointStyle).toBe('rectRot');
    const births = (await chartSnapshot('birthsDeaths')).datasets.find((d) => d.label === '出生人口（实际）')!;
    expect(births.data.filter((v) => v !== null)).toEqual([9100]);
    await chart.screenshot({ path: join(SHOTS, 'observed-residents-chart.png') });
  });

  it('saves the table to the library', async () => {
    await page.locator('[data-testid="observed-save"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="observed-status"]')?.textContent?.startsWith('已保存实际数据'));
    const listing = await page.evaluate(() => window.__xiqingTest!.host.listPlanData('observations'));
    expect(listing.entries.map((e) => e.kind)).toEqual(['observations']);
  });

  it('drafts a 2030 target set in the app, saves it and checks against it', async () => {
    await page.locator('[data-testid="target-set"]').selectOption('__new');
    const editor = page.locator('[data-testid="target-set-editor"]');
    await editor.waitFor();
    const first = editor.locator('[data-testid="target-row"]').first();
    await first.locator('[data-testid="target-year"]').fill('2030');
    await first.locator('[data-testid="target-value"]').fill('1400000');
    await editor.locator('[data-testid="target-set-name"]').fill('2030 草案');
    await editor.locator('[data-testid="target-set-save"]').click();
    await editor.waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="target-set"] option:checked').textContent()).toBe('2030 草案');
    const listing = await page.evaluate(() => window.__xiqingTest!.host.listPlanData('targets'));
    expect(listing.entries.map((e) => e.name)).toEqual(['2030 草案']);
    await page.locator('[data-testid="checklist"]').screenshot({ path: join(SHOTS, 'observed-checklist-2030-set.png') });
    expect(app.errors).toEqual([]);
  });
});
