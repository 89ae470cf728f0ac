/**
 * The lighter redraw of a lever move (values-only-update.ts: the options chart.js resolved kept;
 * static-layers-cache.ts: the axes and legend put back from a copy) draws, pixel for pixel, what
 * chart.js's own full update draws — through a drag that changes the axes' ranges, and after the
 * language, the legend and the bands have changed what is static. At 1280×2000 every chart is on screen.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openAppForFile } from './support/app-for-file';
import { waitForEditorChartsAtRest } from './support/charts-at-rest';

let page: Page;
const app = openAppForFile((opened) => {
  page = opened;
}, { width: 1280, height: 2000 });

const KEYS = ['residents', 'ageShares', 'birthsDeaths', 'pyramid', 'serviceDemand'];

/** Drags the central-city slider through `positions` stops, each drawn before the next. */
async function drag(positions: number[]) {
  const input = page.locator('[data-lever="centralCityInflow"] input[type="range"]');
  await input.scrollIntoViewIfNeeded();
  const box = (await input.boundingBox())!;
  const y = box.y + box.height / 2;
  const x = (f: number) => box.x + 4 + f * (box.width - 8);
  await page.mouse.move(x(positions[0]), y);
  await page.mouse.down();
  for (const f of positions.slice(1)) {
    const count = await page.evaluate(() => window.__xiqingTest!.latencies.length);
    await page.mouse.move(x(f), y);
    await page.waitForFunction((n) => window.__xiqingTest!.latencies.length > n, count);
  }
  await page.mouse.up();
}

/**
 * Each chart's pixels now, and after chart.js's own full update of the same data. Waits first for
 * any animation (a legend click, a language switch animate) to end: a frame in between is not the end.
 */
const drawnAndRedrawn = async () => {
  await waitForEditorChartsAtRest(page);
  return compare();
};
const compare = () => page.evaluate((keys) => {
  const hooks = window.__xiqingTest!;
  return keys.map((key) => {
    const drawn = hooks.chartImage(key);
    hooks.redrawChart(key);
    return { key, same: drawn !== null && drawn === hooks.chartImage(key) };
  });
}, KEYS);

const allSame = (keys = KEYS) => keys.map((key) => ({ key, same: true }));

describe('lighter chart redraw on a lever move', () => {
  it('draws what chart.js’s full update draws, through a drag across the slider’s range', async () => {
    await page.waitForFunction((n) => {
      const charts = Object.values(window.__xiqingTest!.charts());
      return charts.length === n && charts.every((c) => c.onScreen);
    }, KEYS.length);
    // Small steps (the static layers put back), then jumps that change the value axes' ranges.
    await drag([0.5, 0.52, 0.54, 0.56]);
    expect(await drawnAndRedrawn()).toEqual(allSame());
    await drag([0.56, 0.05, 0.95, 0.3]);
    expect(await drawnAndRedrawn()).toEqual(allSame());
  });

  it('and still after the language changes (new axis titles and legend)', async () => {
    await page.locator('[data-language="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForEditorChartsAtRest(page);
    await drag([0.3, 0.32, 0.34]);
    expect(await drawnAndRedrawn()).toEqual(allSame());
    await page.locator('[data-language="zh-CN"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  });

  it('and after a dataset is hidden from the legend, and shown again', async () => {
    const point = await page.evaluate(() => window.__xiqingTest!.legendItemPoint('residents', 0));
    expect(point).not.toBeNull();
    /** Clicks the legend item; chart.js handles it in the next frame, and the drawing then changes (animated). */
    const clickLegend = async () => {
      const before = await page.evaluate(() => window.__xiqingTest!.chartImage('residents'));
      await page.mouse.click(point!.x, point!.y);
      await page.waitForFunction((b) => window.__xiqingTest!.chartImage('residents') !== b, before);
      await waitForEditorChartsAtRest(page);
    };
    await clickLegend();
    await drag([0.3, 0.33, 0.36]);
    expect(await drawnAndRedrawn()).toEqual(allSame());
    await clickLegend();
    await drag([0.36, 0.38, 0.4]);
    expect(await drawnAndRedrawn()).toEqual(allSame());
  });

  it('and with the uncertainty bands on', async () => {
    await page.locator('[data-testid="bands-toggle"]').check();
    await page.waitForSelector('[data-testid="bands-note"][data-state="ready"]');
    await drag([0.4, 0.42, 0.44]);
    await page.waitForSelector('[data-testid="bands-note"][data-state="ready"]');
    await drag([0.44, 0.45]);
    expect(await drawnAndRedrawn()).toEqual(allSame());
    await page.locator('[data-testid="bands-toggle"]').uncheck();
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
