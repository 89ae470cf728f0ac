/**
 * Observed figures and target sets end to end, in Chromium against the built renderer: a block of
 * three years pasted as from Excel fills the "实际数据" table, a wrong cell says what is wrong, the
 * residents chart gains observation markers (hollow circles, apart from the target diamonds), the
 * residents tile says "2023年实际 … 实际与情景之差 …", the table saves to the library, and a new
 * target set for 2030 drafted in the app becomes the checklist's. Screenshots go to test-results/.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fitToObserved } from '../../src/model/fit/fit-to-observed';
import { valueInYear } from '../../src/model/xiqing/levers/year-path';
import { DEFAULT_LEVERS } from '../../src/model/xiqing/levers/lever-values';
import { readPptx } from '../export/pptx-xml';
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
    // Back to the plan's set for what follows.
    await page.locator('[data-testid="target-set"]').selectOption('plan');
  });

  it('fits trend to the three pasted years: a new scenario, saved, one undo step from trend', async () => {
    const before = await page.evaluate(() => window.__xiqingTest!.store.getState().order.length);
    await page.locator('[data-testid="fit-run"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="fit-status"]')?.textContent?.startsWith('已生成校准情景'));
    const state = await page.evaluate(() => {
      const st = window.__xiqingTest!.store.getState();
      const e = st.entries[st.activeId];
      return { count: st.order.length, name: e.scenario.name.zh, nameEn: e.scenario.name.en, levers: e.scenario.levers, past: e.history.past.length };
    });
    expect(state.count).toBe(before + 1);
    // The panel names the fit after the source's shown name; it must not read as trend's own name.
    expect(state.name).toBe('近期趋势（校准 实际数据）');
    // The observations' name is Chinese only: the English name says what was fitted to, in English.
    expect(state.nameEn).toBe('Recent trend (fitted to observed figures)');
    expect(state.past).toBe(1);
    // The page's fit is the model's own fit of trend to these figures (run here in Node).
    const observed = [{ year: 2021, residents: 1_190_000, hukouPopulation: 475_000, births: 9_100 }, { year: 2022, residents: 1_186_200, hukouPopulation: 484_300 }, { year: 2023, residents: 1_194_700, hukouPopulation: 491_600 }];
    const expected = fitToObserved(DEFAULT_LEVERS, { observations: observed }, { rule: { kind: 'hold' } });
    if (!expected.ok) throw new Error(expected.reason);
    const lever = expected.migrationLever;
    for (const y of [2021, 2022, 2023]) {
      expect(valueInYear(state.levers[lever], y)).toBe(valueInYear(expected.levers[lever], y));
      expect(valueInYear(state.levers.pointsSettlementRate, y)).toBe(valueInYear(expected.levers.pointsSettlementRate, y));
    }
    expect(await page.locator('[data-testid="fit-table"] tbody tr').count()).toBe(6);
    expect(await page.locator('[data-testid="fit-vital"] tbody tr').count()).toBe(1);
    await page.locator('[data-testid="fit"]').screenshot({ path: join(SHOTS, 'observed-fit-panel.png') });
    const library = await page.evaluate(() => window.__xiqingTest!.host.listLibrary());
    // Saved under both language names, as the scenario shows them.
    expect(state.nameEn).not.toBe(state.name);
    expect(library.entries.map((e) => e.name)).toContain(`${state.name} · ${state.nameEn}`);
    // The residents tile of the fitted scenario reproduces the 2023 figure.
    await page.waitForFunction(() => /2023年实际与情景之差 [+−]?0(\.0)?万人|2023年实际与情景之差 0人/.test(document.querySelector('[data-testid="tile-residents"]')?.textContent ?? ''));
    const chart = page.locator('.chart-panel--wide').first();
    await chart.scrollIntoViewIfNeeded();
    await chart.screenshot({ path: join(SHOTS, 'observed-fitted-residents-chart.png') });
  });

  it('compares the fitted scenario with trend, observed points on the compare chart', async () => {
    await page.locator('nav.top-bar__nav button').nth(2).click();
    await page.locator('[data-testid="compare"]').waitFor();
    const active = await page.evaluate(() => window.__xiqingTest!.store.getState().activeId);
    for (const source of [`open:${active}`, 'preset:trend']) {
      const chip = page.locator(`[data-testid="compare-chip"][data-source="${source}"]`);
      if (await chip.count()) continue;
      await page.locator('[data-testid="compare-add-select"]').selectOption(source);
      await page.locator('[data-testid="compare-add"]').click();
      await chip.waitFor();
    }
    await page.waitForFunction(() => window.__xiqingTest!.charts()['compare-residents']?.datasets.some((d) => d.label === '常住人口（实际）'));
    const residents = await chartSnapshot('compare-residents');
    const observedSet = residents.datasets.find((d) => d.label === '常住人口（实际）')!;
    expect(observedSet.pointStyle).toBe('circle');
    expect(observedSet.data[residents.labels.indexOf('2022')]).toBe(1_186_200);
    // The headline table shows the latest observed figure under its indicator, as the editor's tile does.
    expect(await page.locator('[data-testid="compare-table-observed"]').first().textContent()).toMatch(/^\d{4}年实际 /);
    await page.locator('[data-testid="compare"]').screenshot({ path: join(SHOTS, 'observed-compare.png') });
    // The chart's PNG draws the same series: each scenario, the plan's target and the observed figure.
    await page.locator('[data-testid="chart-export-compare-residents"]').click();
    await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="chart-export-compare-residents-png-2"]').click()]);
    const drawn = await page.evaluate(() => window.__xiqingExportTest?.lastSeries ?? []);
    expect(drawn).toEqual(residents.datasets.map((d) => d.label));
    expect(drawn).toContain('常住人口（实际）');
    expect(drawn.some((label) => label.includes('规划'))).toBe(true);
  });

  it('exports the comparison as PPTX with the observed series in the chart XML', async () => {
    await page.locator('nav.top-bar__nav button').first().click();
    await page.locator('[data-testid="export-open"]').click();
    const dialog = page.locator('dialog[open][data-testid="export-dialog"]');
    await dialog.waitFor();
    await dialog.locator('[data-testid="export-format-pptx"]').check();
    await dialog.locator('[data-testid="export-scope-open"]').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.locator('[data-testid="export-run"]').click()]);
    const bytes = await readFile(await download.path());
    await dialog.locator('[data-testid="export-close"]').click();
    const deck = await readPptx(bytes);
    const residents = deck.slides.flatMap((s) => s.charts).find((c) => c.title.startsWith('常住人口'))!;
    const observed = residents.series.find((s) => s.name === '常住人口（实际）')!;
    // The three pasted years, in 万; blanks elsewhere.
    expect(observed.values.filter((v) => v !== null)).toEqual([119, 118.62, 119.47]);
    expect(residents.xml).toContain('常住人口（实际）');
    expect(app.errors).toEqual([]);
  });
});
