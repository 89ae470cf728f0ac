/**
 * A year-by-year path on a migration lever, end to end in Chromium against the built renderer with the
 * browser host: the central-city relocation card opens its per-year table, a bad cell says what is
 * wrong without changing anything, a committed cell changes the residents chart to the model's own
 * numbers for that path, Ctrl+Z undoes it in one step, and a path saved into the library comes back
 * intact after a reload (saved as a version-2 file with `byYear`). Screenshots of the card with the
 * table open in both languages go to test-results/ for review.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { withYear } from '../../renderer/src/editor/path-editing';
import en from '../../renderer/src/i18n/en.json';
import libraryZh from '../../renderer/src/i18n/library/zh-CN.json';
import zh from '../../renderer/src/i18n/zh-CN.json';
import type { LeverValues } from '../../src/model/xiqing/levers/lever-values';
import { NORM_SPECS } from '../../src/model/service-demand/norm-specs';
import { LEVER_SPECS } from '../../src/model/xiqing/levers/lever-specs';
import { valueInYear, type PathValue } from '../../src/model/xiqing/levers/year-path';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { personsTileText, presetLevers, rowOf, rowsFor } from './support/expected';
import { formatSettingValue } from '../../src/format';

let page: Page;

type Snapshot = Record<string, { labels: string[]; datasets: { label: string; data: (number | null)[] }[] }>;
const charts = (): Promise<Snapshot> => page.evaluate(() => window.__xiqingTest!.charts());
const historyLength = () =>
  page.evaluate(() => {
    const state = window.__xiqingTest!.store.getState();
    return state.entries[state.activeId].history.past.length;
  });
const card = () => page.locator('[data-lever="centralCityInflow"]');
const cell = (year: number) => card().locator(`tr[data-year="${year}"] input`);
const toggle = () => card().locator('.lever-card__path-toggle');
const tab = (name: string) => page.locator('nav button', { hasText: name });

const withInflow = (levers: LeverValues, value: PathValue): LeverValues => ({ ...levers, centralCityInflow: value }) as LeverValues;

async function waitForTile(text: string) {
  await page.waitForFunction((t) => document.querySelector('[data-testid="tile-residents-value"]')?.textContent === t, text);
}
const tileFor = (levers: LeverValues) => personsTileText(rowOf(rowsFor(levers), 2025).residents, 'zh-CN');

/** The residents chart's series equal the model's rows for these levers (same code, to rounding noise). */
function expectResidentsChart(snapshot: Snapshot, levers: LeverValues) {
  const rows = rowsFor(levers);
  const chart = snapshot.residents;
  expect(chart.labels).toEqual(rows.map((r) => String(r.year)));
  for (const [key, label] of [['local', zh.charts.residents.local], ['tianjin', zh.charts.residents.tianjin], ['outside', zh.charts.residents.outside]] as const) {
    const dataset = chart.datasets.find((d) => d.label === label);
    expect(dataset, `dataset ${label}`).toBeDefined();
    dataset!.data.forEach((value, i) => expect(value).toBeCloseTo(rows[i][key], 6));
  }
}

async function commitCell(year: number, text: string) {
  await cell(year).fill(text);
  await cell(year).press('Enter');
}

/** Scrolls the migration chapter so the whole card with its table is in view, then shoots the lever column. */
async function shootCard(name: string) {
  await card().scrollIntoViewIfNeeded();
  await card().evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.screenshot({ path: join(SHOTS, name) });
}

const app = openAppForFile((opened) => {
  page = opened;
});

describe('a year-by-year migration path in Chromium', () => {
  const trend = () => presetLevers('trend');
  const start = () => trend().centralCityInflow;
  let firstEdit: PathValue;

  it('opens the per-year table from the card without changing the scenario', async () => {
    // The trend may itself hold a path, whose table is open from the start.
    if ((await toggle().getAttribute('aria-expanded')) !== 'true') await toggle().click();
    expect(await toggle().getAttribute('aria-expanded')).toBe('true');
    expect(await card().locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
    for (const year of [2021, 2022, 2023, 2024, 2025]) {
      expect(await card().locator(`tr[data-year="${year}"] th`).textContent()).toBe(zh.levers.path.year.replace('{{year}}', String(year)));
    }
    expect(await card().locator('tr[data-year="2026"] th').textContent()).toBe(zh.levers.path.fromYear.replace('{{year}}', '2026'));
    expect(await historyLength()).toBe(0);
    await shootCard('lever-path-zh.png');
  });

  it('a lever whose default is a path shows it, open, and is not marked as changed', async () => {
    const outside = page.locator('[data-lever="outsideMigrants"]');
    const preset = trend().outsideMigrants;
    if (typeof preset === 'number') return; // the default is one number: nothing to show here
    expect(await outside.locator('[data-testid="path-summary"]').textContent()).toBe(formatSettingValue(LEVER_SPECS.outsideMigrants, preset, 'zh-CN'));
    expect(await outside.getAttribute('class')).not.toContain('lever-card--changed');
    expect(await outside.locator('tbody tr').count()).toBeGreaterThanOrEqual(6);
    await outside.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.screenshot({ path: join(SHOTS, 'lever-path-default-zh.png') });
  });

  it('a bad cell says what is wrong and where, and changes nothing', async () => {
    await commitCell(2023, 'abc');
    await expect.poll(() => card().locator('[role="alert"]').textContent()).toBe(zh.levers.path.notANumber.replace('{{where}}', '2023年'));
    expect(await cell(2023).getAttribute('aria-invalid')).toBe('true');
    await commitCell(2023, '70000');
    expect(await card().locator('[role="alert"]').textContent()).toMatch(/^2023年：须在 0人\/年 至 60,000人\/年 之间$/);
    // What was typed stays in the cell; Escape puts the scenario's value back.
    expect(await cell(2023).inputValue()).toBe('70000');
    await cell(2023).press('Escape');
    expect(await card().locator('[role="alert"]').count()).toBe(0);
    expect(await historyLength()).toBe(0);
  });

  it('a committed year changes the residents chart to the model’s numbers for the path', async () => {
    const before = await charts();
    firstEdit = withYear(start(), 2022, 25_000);
    await commitCell(2022, '25,000');
    const changed = withInflow(trend(), firstEdit);
    await waitForTile(tileFor(changed));
    const after = await charts();
    expect(after.residents).not.toEqual(before.residents);
    expectResidentsChart(after, changed);
    expect(await historyLength()).toBe(1);
    expect(await card().getAttribute('class')).toContain('lever-card--changed');
    expect(await card().locator('[data-testid="path-summary"]').textContent()).toBe(formatSettingValue(LEVER_SPECS.centralCityInflow, firstEdit, 'zh-CN'));
  });

  it('Ctrl+Z undoes the path in one step; Ctrl+Y brings it back', async () => {
    // Focus is still in the committed cell (not dirty): Ctrl+Z is the app's undo.
    await page.keyboard.press('Control+Z');
    await waitForTile(tileFor(trend()));
    expectResidentsChart(await charts(), trend());
    expect(await historyLength()).toBe(0);
    expect(await card().locator('[data-testid="path-summary"]').count()).toBe(typeof start() === 'number' ? 0 : 1);
    await page.keyboard.press('Control+Y');
    await waitForTile(tileFor(withInflow(trend(), firstEdit)));
    expect(await cell(2022).inputValue()).toBe('25000');
  });

  it('a second year and the rule after 2025 are one step each; arrow keys move between years', async () => {
    await cell(2025).fill('4000');
    // Down moves to the next year and commits the one left (on blur).
    await cell(2025).press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.closest('tr')?.dataset.year === '2026');
    await page.keyboard.type('2000');
    await page.keyboard.press('Enter');
    const path = withYear(withYear(firstEdit, 2025, 4_000), 2026, 2_000);
    await waitForTile(tileFor(withInflow(trend(), path)));
    expectResidentsChart(await charts(), withInflow(trend(), path));
    expect(await historyLength()).toBe(3);
    expect(await page.evaluate(() => {
      const state = window.__xiqingTest!.store.getState();
      return state.entries[state.activeId].scenario.levers.centralCityInflow;
    })).toEqual(path);
    await shootCard('lever-path-edited-zh.png');
  });

  it('saves the path into the library as version 2; after a reload, reopening finds it intact', async () => {
    const path = withYear(withYear(firstEdit, 2025, 4_000), 2026, 2_000);
    await tab(libraryZh.tab).click();
    await page.waitForSelector('[data-testid="library"]');
    await page.locator('[data-testid="library-save"]').click();
    await page.waitForFunction((text) => document.querySelector('[data-testid="library-current-status"]')?.textContent === text, libraryZh.current.saved);
    const listing = await page.evaluate(() => window.__xiqingTest!.host.listLibrary());
    const saved = await page.evaluate((id) => window.__xiqingTest!.host.readLibraryScenario(id), listing.entries[0].id);
    expect(saved.status).toBe('opened');
    const file = JSON.parse((saved as { text: string }).text);
    expect(file.version).toBe(2);
    expect(file.levers.centralCityInflow).toEqual(path);

    await page.reload();
    await page.waitForFunction(() => window.__xiqingTest !== undefined && document.querySelector('[data-testid="tile-residents-value"]') !== null);
    await tab(libraryZh.tab).click();
    await page.waitForSelector('[data-testid="library"]');
    await page.locator(`[data-testid="library-entry"][data-entry="${listing.entries[0].name}"] [data-testid="library-open"]`).click();
    await page.waitForSelector('[data-lever="centralCityInflow"]');
    await waitForTile(tileFor(withInflow(trend(), path)));
    expect(await card().locator('[data-testid="path-summary"]').textContent()).toBe(formatSettingValue(LEVER_SPECS.centralCityInflow, path, 'zh-CN'));
    for (const year of [2021, 2022, 2023, 2024, 2025, 2026]) {
      expect(Number(await cell(year).inputValue()), String(year)).toBe(valueInYear(path, year));
    }
  });

  it('shows the table in English, and the path in words', async () => {
    await page.locator('[data-language="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await card().locator('tr[data-year="2026"] th').textContent()).toBe(en.levers.path.fromYear.replace('{{year}}', '2026'));
    expect(await toggle().textContent()).toBe(en.levers.path.toOneValue);
    await shootCard('lever-path-en.png');
    await page.locator('[data-language="zh-CN"]').click();
  });

  it('Method & sources says which levers take a path and whom each norm applies to', async () => {
    await tab(zh.nav.method).click();
    await page.waitForSelector('.method__table');
    const row = (label: string) => page.locator('.method__table tbody tr', { has: page.locator('th', { hasText: label }) }).first();
    expect(await row(LEVER_SPECS.centralCityInflow.label.zh).locator('.method__note').textContent()).toBe(zh.method.byYear);
    const beds = row(NORM_SPECS.careBedsPer1000Elderly.label.zh);
    expect(await beds.locator('.method__note').textContent()).toBe(zh.levers.appliesTo.replace('{{who}}', '常住人口（60岁及以上）'));
    await beds.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'lever-path-method-zh.png') });
    await tab(zh.nav.editor).click();
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
