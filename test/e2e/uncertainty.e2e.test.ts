/**
 * Uncertainty in the editor, in Chromium: the switch brings 80%/95% bands behind the residents, hukou,
 * ageing and service lines (computed off the main thread) and a "P(达到目标)" line in the population
 * tiles, which changes when central-city relocation moves; the tornado's top bar on the trend is a
 * migration lever, and clicking a bar applies that value as one undoable change.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import compareZh from '../../renderer/src/i18n/compare/zh-CN.json';
import { DEFAULT_VALUES } from '../../src/model/scenario-values';
import { sensitivity } from '../../src/model/uncertainty/sensitivity';
import { LEVER_SPECS } from '../../src/model/xiqing/levers/lever-specs';
import { openAppForFile, SHOTS } from './support/app-for-file';

let page: Page;
const app = openAppForFile((opened) => {
  page = opened;
}, { width: 1280, height: 2000 });

type Snapshot = Record<string, { labels: string[]; datasets: { label: string; data: (number | null)[] }[] }>;
const charts = (): Promise<Snapshot> => page.evaluate(() => window.__xiqingTest!.charts());
const probabilityLine = (key: string) => page.locator(`[data-testid="tile-${key}"] .tile__line`, { hasText: 'P(达到目标)' });
const bandsReady = () => page.waitForSelector('[data-testid="bands-note"][data-state="ready"]');
const historyLength = () => page.evaluate(() => {
  const state = window.__xiqingTest!.store.getState();
  return state.entries[state.activeId].history.past.length;
});

describe('uncertainty bands and probabilities', () => {
  it('shows no bands until the switch is on, then bands on the four charts and a probability in the tiles', async () => {
    expect(await probabilityLine('residents').count()).toBe(0);
    expect((await charts()).residents.datasets.some((d) => d.label.endsWith('80%'))).toBe(false);
    await page.locator('[data-testid="bands-toggle"]').check();
    await bandsReady();
    await page.waitForFunction(() => (window.__xiqingTest!.charts().residents?.datasets ?? []).some((d) => d.label.endsWith('95%')));
    const snapshot = await charts();
    for (const [chart, count] of [['residents', 8], ['ageShares', 8], ['serviceDemand', 8]] as const) {
      const bands = snapshot[chart].datasets.filter((d) => /(80|95)%$/.test(d.label));
      expect(bands, chart).toHaveLength(count);
    }
    // The residents band: the lower edge of the 95% band is below the line's 2035 value, the upper above.
    const res = snapshot.residents.datasets;
    const lower95 = res.find((d) => d.label.endsWith('95%'))!.data;
    const upper95 = res.filter((d) => d.label.endsWith('95%'))[1].data;
    expect(lower95[0]).toBe(upper95[0]); // 2020: the census, no spread
    expect(upper95[15]! - lower95[15]!).toBeGreaterThan(50_000);
    await expect.poll(() => probabilityLine('residents').textContent()).toMatch(/^P\(达到目标\) = \d+%$/);
    await expect.poll(() => probabilityLine('hukou').textContent()).toMatch(/^P\(达到目标\) = \d+%$/);
    await page.screenshot({ path: join(SHOTS, 'uncertainty-bands.png'), fullPage: true });
  });

  it('changes the probability tile when central-city inflow moves', async () => {
    const before = await probabilityLine('residents').textContent();
    const box = page.locator('[data-lever="centralCityInflow"] input[type="text"]');
    await box.fill('25000');
    await box.press('Enter');
    await bandsReady();
    await expect.poll(() => probabilityLine('residents').textContent()).not.toBe(before);
    const bandTimes = await page.evaluate(() => window.__xiqingTest!.bandLatencies.map((b) => b.totalMs));
    expect(bandTimes.length).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Control+Z');
    await bandsReady();
    await expect.poll(() => probabilityLine('residents').textContent()).toBe(before);
  });

  it('draws the tornado with a migration lever on top for residents on the trend; a click applies one undoable value', async () => {
    await page.locator('[data-testid="tornado"] summary').click();
    await page.waitForFunction(() => window.__xiqingTest!.charts().tornado !== undefined);
    const tornado = (await charts()).tornado;
    const top = tornado.labels[tornado.labels.length - 1];
    const migration = Object.values(LEVER_SPECS).filter((s) => s.chapter === 'migration').map((s) => s.label.zh);
    expect(migration.some((label) => top.startsWith(label)), top).toBe(true);
    await page.locator('[data-testid="tornado"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'uncertainty-tornado.png'), fullPage: true });

    // Click the top bar's high end: the top lever is set to the value that bar was computed with.
    const topId = Object.values(LEVER_SPECS).find((s) => top.startsWith(s.label.zh))!.id;
    const leverValue = () => page.evaluate((id) => {
      const state = window.__xiqingTest!.store.getState();
      return state.entries[state.activeId].scenario.levers[id as 'endYear'];
    }, topId);
    // The trend's own value: a number, or a per-year path (the outside-Tianjin default).
    const trendValue = DEFAULT_VALUES.levers[topId];
    expect(await leverValue()).toEqual(trendValue);
    const before = await historyLength();
    const index = tornado.labels.length - 1;
    const point = await page.evaluate((i) => window.__xiqingTest!.chartPoint('tornado', 1, i), index);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    // The value the bar was computed with: the plausible high, or for a per-year path the path scaled to it.
    const bar = sensitivity(DEFAULT_VALUES, 'residents', 2025).levers.find((b) => b.id === topId)!;
    await expect.poll(leverValue).toEqual(bar.highValue);
    expect(await historyLength()).toBe(before + 1);
    await expect.poll(() => page.locator('[data-testid="tornado-status"]').textContent()).toContain(LEVER_SPECS[topId].label.zh);
    await page.keyboard.press('Control+Z');
    await expect.poll(leverValue).toEqual(trendValue);
  });

  it('shows each compared scenario’s probability of meeting the targets in the compare view', async () => {
    await page.locator('nav button', { hasText: compareZh.tab }).click();
    await page.waitForSelector('[data-testid="compare"]');
    await page.locator('[data-testid="compare-add-select"]').selectOption('preset:plan-targets');
    await page.locator('[data-testid="compare-add"]').click();
    await page.locator('[data-testid="compare-probabilities-toggle"]').check();
    const cells = page.locator('[data-testid="compare-probabilities-table"] td[data-target="residents"]');
    await expect.poll(() => cells.count()).toBe(2);
    await page.waitForFunction(() =>
      Array.from(document.querySelectorAll('[data-testid="compare-probabilities-table"] td[data-target="residents"]')).every((td) => td.hasAttribute('data-probability')));
    const p = await cells.evaluateAll((tds) => tds.map((td) => Number((td as HTMLElement).dataset.probability)));
    for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
    // The plan-targets scenario was built to reach 1.35 M in 2025: more likely than the trend to be near it.
    expect(p[1]).toBeGreaterThan(p[0]);
    expect(await cells.nth(1).textContent()).toMatch(/^\d+%$/);
    await page.screenshot({ path: join(SHOTS, 'uncertainty-compare.png'), fullPage: true });
    expect(app.errors).toEqual([]);
  });
});
