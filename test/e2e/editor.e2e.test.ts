/**
 * The scenario editor end to end, in Debian's Chromium against the built renderer with the browser
 * host: it opens on the trend preset in Chinese, a lever move changes the 2025 tile and the population
 * chart to the model's own numbers, Ctrl+Z restores them, a drag is one undo step, English relabels
 * everything, and nothing logs an error on the way. Screenshots go to test-results/ for review.
 */
import { representativeValue } from '../../src/model/xiqing/levers/year-path';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import commonEn from '../../src/i18n/common/en.json';
import commonZh from '../../src/i18n/common/zh-CN.json';
import en from '../../renderer/src/i18n/en.json';
import { LEVER_SPECS } from '../../src/model/xiqing/levers/lever-specs';
import zh from '../../renderer/src/i18n/zh-CN.json';
import { KEY_LEVERS } from '../../renderer/src/editor/key-levers';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { personsTileText, presetLevers, rowOf, rowsFor, withLever } from './support/expected';
import { waitForEditorChartsAtRest } from './support/charts-at-rest';

const YEAR = 2025;
const NEW_INFLOW = 30_000;

let page: Page;

type Snapshot = Record<string, { labels: string[]; datasets: { label: string; data: (number | null)[] }[] }>;
const charts = (): Promise<Snapshot> => page.evaluate(() => window.__xiqingTest!.charts());
const tileText = (key: string) => page.locator(`[data-testid="tile-${key}-value"]`).textContent();
const historyLength = () => page.evaluate(() => {
  const state = window.__xiqingTest!.store.getState();
  return state.entries[state.activeId].history.past.length;
});
const inflowBox = () => page.locator('[data-lever="centralCityInflow"] input[type="text"]');
const inflowSlider = () => page.locator('[data-lever="centralCityInflow"] input[type="range"]');

/** The residents chart's state series must equal the model's rows (same code, so to rounding noise). */
function expectResidentsChart(snapshot: Snapshot, levers: ReturnType<typeof presetLevers>, labels: { local: string; tianjin: string; outside: string }) {
  const rows = rowsFor(levers);
  const chart = snapshot.residents;
  expect(chart.labels).toEqual(rows.map((r) => String(r.year)));
  for (const [key, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    const dataset = chart.datasets.find((d) => d.label === label);
    expect(dataset, `dataset ${label}`).toBeDefined();
    dataset!.data.forEach((value, i) => expect(value).toBeCloseTo(rows[i][key], 6));
  }
}

/** Chart animations (250 ms after a non-live change) finish before a screenshot: waited for, not slept. */
const settle = () => waitForEditorChartsAtRest(page);

/** What the layout looks like at the current viewport: overflow, and each tile's and chart's box. */
const layout = () => page.evaluate(() => {
  const box = (el: Element) => {
    const r = el.getBoundingClientRect();
    return { top: r.top + window.scrollY, bottom: r.bottom + window.scrollY, left: r.left, right: r.right, width: r.width, height: r.height };
  };
  return {
    viewport: { width: window.innerWidth, height: window.innerHeight },
    scrollWidth: document.documentElement.scrollWidth,
    tiles: Array.from(document.querySelectorAll('[data-testid^="tile-"]:not([data-testid$="-value"])'), box),
    canvases: Array.from(document.querySelectorAll('canvas'), box),
  };
});

async function waitForTile(key: string, text: string) {
  await page.waitForFunction(
    ([k, t]) => document.querySelector(`[data-testid="tile-${k}-value"]`)?.textContent === t,
    [key, text] as const,
  );
}

const app = openAppForFile((opened) => {
  page = opened;
});

describe('scenario editor in Chromium', () => {
  const trend = () => presetLevers('trend');

  it('opens on the trend preset in Chinese', async () => {
    expect(await page.locator('h1').textContent()).toBe(commonZh.app.name);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.title()).toBe(commonZh.app.name);
    const selected = await page.locator('[data-testid="scenario-select"] option:checked').textContent();
    expect(selected).toContain('近期趋势');
    for (const key of ['residents', 'hukou', 'age60', 'age65', 'births', 'childcare', 'careBeds'] as const) {
      expect(await page.locator(`[data-testid="tile-${key}"] .tile__label`).textContent()).toBe(zh.tiles[key]);
    }
    const row = rowOf(rowsFor(trend()), YEAR);
    expect(await tileText('residents')).toBe(personsTileText(row.residents, 'zh-CN'));
    expect(await tileText('hukou')).toBe(personsTileText(row.hukouPopulation, 'zh-CN'));
    expectResidentsChart(await charts(), trend(), { local: zh.charts.residents.local, tianjin: zh.charts.residents.tianjin, outside: zh.charts.residents.outside });
    await settle();
    await page.screenshot({ path: join(SHOTS, 'editor-zh.png') });
  });

  it('moving the central-city relocation lever changes the 2025 tile and the chart to the model’s numbers', async () => {
    const before = await charts();
    await inflowBox().fill(String(NEW_INFLOW));
    await inflowBox().press('Enter');
    const changed = withLever(trend(), 'centralCityInflow', NEW_INFLOW);
    const row = rowOf(rowsFor(changed), YEAR);
    const expected = personsTileText(row.residents, 'zh-CN');
    expect(expected).not.toBe(personsTileText(rowOf(rowsFor(trend()), YEAR).residents, 'zh-CN'));
    await waitForTile('residents', expected);
    const after = await charts();
    expect(after.residents).not.toEqual(before.residents);
    expectResidentsChart(after, changed, { local: zh.charts.residents.local, tianjin: zh.charts.residents.tianjin, outside: zh.charts.residents.outside });
    expect(await historyLength()).toBe(1);
  });

  it('Ctrl+Z restores the tile and the chart, Ctrl+Shift+Z and Ctrl+Y redo', async () => {
    const original = personsTileText(rowOf(rowsFor(trend()), YEAR).residents, 'zh-CN');
    const changed = personsTileText(rowOf(rowsFor(withLever(trend(), 'centralCityInflow', NEW_INFLOW)), YEAR).residents, 'zh-CN');
    // Focus is still in the number box, which shows its committed value: Ctrl+Z is the app's undo.
    await page.keyboard.press('Control+Z');
    await waitForTile('residents', original);
    expectResidentsChart(await charts(), trend(), { local: zh.charts.residents.local, tianjin: zh.charts.residents.tianjin, outside: zh.charts.residents.outside });
    expect(await inflowBox().inputValue()).toBe(String(trend().centralCityInflow));
    await page.keyboard.press('Control+Shift+Z');
    await waitForTile('residents', changed);
    await page.keyboard.press('Control+Z');
    await waitForTile('residents', original);
    await page.keyboard.press('Control+Y');
    await waitForTile('residents', changed);
    await page.keyboard.press('Control+Z');
    await waitForTile('residents', original);
  });

  it('a slider drag is one undo step; a run of arrow-key nudges on the slider is one more', async () => {
    const start = await historyLength();
    const box = (await inflowSlider().boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(box.x + box.width * (0.2 + i * 0.04), y);
    await page.mouse.up();
    const dragged = Number(await inflowBox().inputValue());
    expect(dragged).toBeGreaterThan(representativeValue(trend().centralCityInflow));
    await waitForTile('residents', personsTileText(rowOf(rowsFor(withLever(trend(), 'centralCityInflow', dragged)), YEAR).residents, 'zh-CN'));
    expect(await historyLength()).toBe(start + 1);

    await inflowSlider().focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.waitForFunction((v) => Number((document.querySelector('[data-lever="centralCityInflow"] input[type="text"]') as HTMLInputElement).value) === v, dragged + 3 * LEVER_SPECS.centralCityInflow.step);
    expect(await historyLength()).toBe(start + 2);

    // One Ctrl+Z takes back the three nudges, the next the drag.
    await page.keyboard.press('Control+Z');
    await page.waitForFunction((v) => Number((document.querySelector('[data-lever="centralCityInflow"] input[type="text"]') as HTMLInputElement).value) === v, dragged);
    await page.keyboard.press('Control+Z');
    await waitForTile('residents', personsTileText(rowOf(rowsFor(trend()), YEAR).residents, 'zh-CN'));
    expect(await historyLength()).toBe(start);
  });

  it('puts the mission’s key levers first in the lever panel, each with one card', async () => {
    const first = page.locator('.lever-panel .chapter').first();
    expect(await first.getAttribute('data-chapter')).toBe('key');
    expect(await first.locator('[data-lever]').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-lever')))).toEqual(KEY_LEVERS);
    for (const id of KEY_LEVERS) expect(await page.locator(`[data-lever="${id}"]`).count()).toBe(1);
    expect((await first.boundingBox())!.y).toBeLessThan(page.viewportSize()!.height);
  });

  it('typing in a number box keeps the browser’s own text undo', async () => {
    await inflowBox().fill('');
    await inflowBox().pressSequentially('123');
    await page.keyboard.press('Control+Z');
    // The scenario is untouched: nothing was committed, and app history did not move.
    expect(await historyLength()).toBe(0);
    await inflowBox().press('Escape');
    expect(await inflowBox().inputValue()).toBe(String(trend().centralCityInflow));
  });

  it('shows a lever’s explanation and source on keyboard focus of its info button', async () => {
    const info = page.locator('[data-lever="centralCityInflow"] .lever-info__button');
    await info.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const tip = page.locator('[data-lever="centralCityInflow"] [role="tooltip"]');
    await tip.waitFor({ state: 'visible' });
    expect(await tip.textContent()).toContain(LEVER_SPECS.centralCityInflow.source.text.zh);
    expect(await info.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.screenshot({ path: join(SHOTS, 'lever-info-zh.png') });
    await page.keyboard.press('Escape');
    await tip.waitFor({ state: 'hidden' });
  });

  it('opens a new scenario from a preset, each with its own history', async () => {
    const trendId = await page.evaluate(() => window.__xiqingTest!.store.getState().activeId);
    await inflowBox().fill('20000');
    await inflowBox().press('Enter');
    expect(await historyLength()).toBe(1);
    await page.locator('[data-testid="new-from-preset"]').click();
    await page.locator('dialog[open] [data-preset="central-city-surge"]').waitFor();
    await page.screenshot({ path: join(SHOTS, 'preset-dialog-zh.png') });
    await page.locator('dialog[open] [data-preset="central-city-surge"]').click();
    const surge = rowOf(rowsFor(presetLevers('central-city-surge')), YEAR);
    await waitForTile('residents', personsTileText(surge.residents, 'zh-CN'));
    expect(await historyLength()).toBe(0);
    expect(await page.locator('[data-testid="scenario-select"] option:checked').textContent()).toContain('中心城区疏解加快');

    await page.locator('[data-testid="scenario-select"]').selectOption(trendId);
    await waitForTile('residents', personsTileText(rowOf(rowsFor(withLever(trend(), 'centralCityInflow', 20_000)), YEAR).residents, 'zh-CN'));
    expect(await historyLength()).toBe(1);
    await page.locator('[data-testid="undo"]').click();
    await waitForTile('residents', personsTileText(rowOf(rowsFor(trend()), YEAR).residents, 'zh-CN'));
  });

  it('switching to English relabels the UI and is remembered', async () => {
    await page.locator('[data-language="en"]').click();
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, commonEn.app.name);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const key of ['residents', 'hukou', 'age60', 'age65', 'births', 'childcare', 'careBeds'] as const) {
      expect(await page.locator(`[data-testid="tile-${key}"] .tile__label`).textContent()).toBe(en.tiles[key]);
    }
    const row = rowOf(rowsFor(trend()), YEAR);
    expect(await tileText('residents')).toBe(personsTileText(row.residents, 'en'));
    expectResidentsChart(await charts(), trend(), { local: en.charts.residents.local, tianjin: en.charts.residents.tianjin, outside: en.charts.residents.outside });
    expect(await page.locator('[data-lever="centralCityInflow"] label').textContent()).toBe('Relocation from the central city');
    expect(await page.locator('nav button[aria-current="page"]').textContent()).toBe(en.nav.editor);
    await settle();
    await page.screenshot({ path: join(SHOTS, 'editor-en.png') });

    await page.reload();
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, commonEn.app.name);
  });

  it('shows the Method & sources page', async () => {
    await page.locator('nav button', { hasText: en.nav.method }).click();
    await page.waitForSelector('.method__table');
    expect(await page.locator('.method h2').textContent()).toBe(en.method.title);
    expect(await page.locator('.method__table tbody tr').count()).toBeGreaterThanOrEqual(22);
    await page.screenshot({ path: join(SHOTS, 'method-en.png') });
    await page.locator('nav button', { hasText: en.nav.editor }).click();
    await page.waitForSelector('[data-testid="tile-residents-value"]');
  });

  it('fits the editor at 1280×2000 and 1024×768 in both languages: every tile and chart drawn, nothing overflowing sideways', async () => {
    const expectFits = async (width: number) => {
      await page.waitForFunction((w) => window.innerWidth === w && document.documentElement.scrollWidth <= w, width);
      // chart.js resizes a canvas in the frame after its box changes (ResizeObserver, then a throttled
      // resize): wait for that frame rather than read the canvases one frame early.
      await page.waitForFunction(
        (w) => Array.from(document.querySelectorAll('canvas')).every((c) => c.getBoundingClientRect().right <= w),
        width,
        { timeout: 5_000 },
      );
      await settle();
      const shown = await layout();
      expect(shown.scrollWidth).toBeLessThanOrEqual(width);
      expect(shown.tiles.length).toBeGreaterThanOrEqual(6);
      expect(shown.canvases.length).toBeGreaterThanOrEqual(5);
      for (const b of [...shown.tiles, ...shown.canvases]) {
        expect(b.width).toBeGreaterThan(40);
        expect(b.height).toBeGreaterThan(20);
        expect(b.left).toBeGreaterThanOrEqual(0);
        expect(b.right).toBeLessThanOrEqual(width);
      }
      return shown;
    };
    await page.setViewportSize({ width: 1280, height: 2000 });
    const tall = await expectFits(1280);
    // At 2000 px the headline tiles and the first charts are on screen without scrolling.
    for (const b of [...tall.tiles, tall.canvases[0]]) expect(b.bottom).toBeLessThanOrEqual(2000);
    await page.screenshot({ path: join(SHOTS, 'editor-en-tall.png') });
    await page.locator('[data-language="zh-CN"]').click();
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, commonZh.app.name);
    await expectFits(1280);
    await page.screenshot({ path: join(SHOTS, 'editor-zh-tall.png') });
    await page.setViewportSize({ width: 1024, height: 768 });
    await expectFits(1024);
    await page.screenshot({ path: join(SHOTS, 'editor-zh-1024.png') });
  });

  it('follows the host’s menu events: undo/redo, view, language, new from preset, about', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const emit = (event: string, ...args: unknown[]) =>
      page.evaluate(([e, a]) => (window.__xiqingTest!.host.emit as (event: string, ...args: unknown[]) => void)(e as string, ...(a as unknown[])), [event, args] as const);
    await page.locator('[data-language="zh-CN"]').click();
    const original = personsTileText(rowOf(rowsFor(trend()), YEAR).residents, 'zh-CN');
    await inflowBox().fill(String(NEW_INFLOW));
    await inflowBox().press('Enter');
    await page.locator('h1').click();
    const changed = personsTileText(rowOf(rowsFor(withLever(trend(), 'centralCityInflow', NEW_INFLOW)), YEAR).residents, 'zh-CN');
    await waitForTile('residents', changed);
    await emit('menu:undo');
    await waitForTile('residents', original);
    await emit('menu:redo');
    await waitForTile('residents', changed);
    await emit('menu:undo');
    await waitForTile('residents', original);

    await emit('menu:view', 'method');
    await page.waitForSelector('.method__table');
    await emit('menu:view', 'editor');
    await page.waitForSelector('[data-testid="tile-residents-value"]');

    await emit('menu:language', 'en');
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, commonEn.app.name);
    await emit('menu:language', 'zh-CN');
    await page.waitForFunction((name) => document.querySelector('h1')?.textContent === name, commonZh.app.name);

    await emit('menu:new-from-preset');
    await page.locator('dialog[open] [data-preset="trend"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });

    await emit('menu:about');
    await page.locator('dialog[open]').waitFor();
    expect(await page.locator('dialog[open]').textContent()).toContain(commonZh.app.name);
    await page.keyboard.press('Escape');
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  });

  it('plays the pyramid through the years', async () => {
    const year = page.locator('.pyramid-controls__year');
    await page.locator('.pyramid-controls button').click();
    await page.waitForFunction(() => Number(document.querySelector('.pyramid-controls__year')?.textContent) > 2025);
    await page.locator('.pyramid-controls button').click();
    const shown = Number(await year.textContent());
    const pyramid = (await charts()).pyramid;
    const total = pyramid.datasets.reduce((sum, d) => sum + d.data.reduce<number>((a, v) => a + Math.abs(v ?? 0), 0), 0);
    expect(total).toBeCloseTo(rowOf(rowsFor(trend()), shown).residents, 0);
  });

  it('opens a scenario file and saves one through the browser host (Open…, Save As…)', async () => {
    const levers = { centralCityInflow: 33_000, tfr2025: 0.8, careBedsPer1000Elderly: 50 };
    const file = { format: 'xiqing-population-scenario', version: 1, name: 'E2E file', description: '', levers, notes: '' };
    const chooser = page.waitForEvent('filechooser');
    await page.evaluate(() => window.__xiqingTest!.host.emit('menu:open'));
    await (await chooser).setFiles({ name: 'e2e.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const expected = rowOf(rowsFor({ ...trend(), centralCityInflow: 33_000, tfr2025: 0.8 }), YEAR);
    await waitForTile('residents', personsTileText(expected.residents, 'zh-CN'));
    // The norm in the file reached the service layer: the care-bed tile names it.
    expect(await page.locator('[data-testid="tile-careBeds"]').textContent()).toContain('50');
    expect(await page.locator('[data-testid="scenario-select"] option:checked').textContent()).toBe('E2E file');

    const download = page.waitForEvent('download');
    await page.evaluate(() => window.__xiqingTest!.host.emit('menu:save-as'));
    const saved = await download;
    const text = await new Promise<string>((resolve, reject) => {
      void saved.createReadStream().then((stream) => {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        stream.on('error', reject);
      }, reject);
    });
    expect(JSON.parse(text)).toMatchObject({ format: 'xiqing-population-scenario', name: 'E2E file', levers });
  });

  it('a number box that brings an out-of-range entry into range says so', async () => {
    await page.locator('[data-language="zh-CN"]').click().catch(() => undefined);
    const box = page.locator('[data-lever="centralCityInflow"] input[type="text"]');
    await box.fill('99999');
    await box.press('Enter');
    const note = page.locator('[data-lever="centralCityInflow"] [data-testid="number-box-clamped"]');
    await note.waitFor();
    const { max } = LEVER_SPECS.centralCityInflow;
    expect(await box.inputValue()).toBe(String(max));
    expect(await note.textContent()).toBe(zh.levers.clamped.replace('{{typed}}', '99999').replace('{{min}}', '0').replace('{{max}}', String(max)).replace('{{set}}', String(max)));
    // The next edit clears it.
    await box.fill('20000');
    expect(await note.count()).toBe(0);
    await box.press('Enter');
    await page.keyboard.press('Control+Z');
    await page.keyboard.press('Control+Z');
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
