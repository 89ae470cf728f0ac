/**
 * The compare view end to end, in Chromium against the built renderer: three presets (recent trend as
 * the baseline, plan targets, central-city surge) compared; the headline table's values and
 * differences for 2025, 2030 and 2035 equal the model's `headlineTable` computed here in Node (the
 * numbers and the formatted text), the overlaid charts carry the model's series, both pyramids follow
 * one year slider, "what differs" lists the model's differing levers, one colour per scenario on
 * chips, table and charts, an open scenario is followed live, and English relabels it all.
 * Screenshots: test-results/compare-zh.png, compare-en.png (and full-length versions).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compareScenarios, comparisonMarkers, headlineTable, indicatorSeries, markerFor, markerStatus, whatDiffers, type Comparison, type NamedScenario } from '../../src/model/compare';
import { parseScenarioText, scenarioValues } from '../../src/model/scenario-file/scenario-file';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { readPptx } from '../export/pptx-xml';
import { createI18n } from '../../renderer/src/i18n/i18n';
import compareEn from '../../renderer/src/i18n/compare/en.json';
import compareZh from '../../renderer/src/i18n/compare/zh-CN.json';
import { CHART_INDICATORS } from '../../renderer/src/compare/compare-indicators';
import { headlineTableViewModel, type HeadlineTableViewModel } from '../../renderer/src/compare/table-view-model';
import type { Language } from '../../src/host/contract';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { PROJECT_ROOT } from './support/build-renderer';
import { presetLevers, withLever } from './support/expected';
import { numberFormat } from '../../src/format';

const PRESETS = ['trend', 'plan-targets', 'central-city-surge'] as const;
const NAMES_ZH = ['近期趋势', '规划目标情景', '中心城区疏解加快'];

let page: Page;

function preset(id: string): NamedScenario {
  const parsed = parseScenarioText(readFileSync(join(PROJECT_ROOT, 'scenarios', `${id}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(id);
  return { name: id, ...scenarioValues(parsed.scenario) };
}

/** What the table must show, by the model and the renderer's own formatting, computed in Node. */
async function expectedTable(comparison: Comparison, language: Language, names: string[]): Promise<HeadlineTableViewModel> {
  const i18n = await createI18n(language);
  const ctx = { t: i18n.getFixedT(language, 'compare'), format: numberFormat(language) };
  return headlineTableViewModel(headlineTable(comparison), names.map((name, i) => ({ key: String(i), name, colour: '' })), ctx);
}

type CellData = { indicator: string; year: number; scenario: number; value: number; diff: number | null; rel: number | null; diffText: string | null; relText: string | null; valueText: string };

const tableCells = (): Promise<CellData[]> =>
  page.$$eval('[data-testid="compare-table"] td[data-indicator]', (cells) =>
    cells.map((td) => {
      const el = td as HTMLElement;
      const num = (v: string | undefined) => (v === undefined ? null : Number(v));
      return {
        indicator: el.dataset.indicator!,
        year: Number(el.dataset.year),
        scenario: Number(el.dataset.scenario),
        value: Number(el.dataset.value),
        diff: num(el.dataset.diff),
        rel: num(el.dataset.rel),
        valueText: el.querySelector('.compare-table__value')?.textContent ?? '',
        diffText: el.querySelector('[data-part="diff"]')?.textContent ?? null,
        relText: el.querySelector('[data-part="rel"]')?.textContent ?? null,
      };
    }));

type Snapshot = Record<string, { labels: string[]; datasets: { label: string; data: (number | null)[] }[] }>;
const charts = (): Promise<Snapshot> => page.evaluate(() => window.__xiqingTest!.charts());

async function addToComparison(value: string) {
  await page.locator('[data-testid="compare-add-select"]').selectOption(value);
  await page.locator('[data-testid="compare-add"]').click();
  await page.locator(`[data-testid="compare-chip"][data-source="${value}"]`).waitFor();
}

/** Table cells equal the model's numbers, and their text is the model's numbers formatted. */
async function expectTable(comparison: Comparison, language: Language, names: string[]) {
  const model = headlineTable(comparison);
  const expected = await expectedTable(comparison, language, names);
  const cells = await tableCells();
  expect(cells).toHaveLength(model.rows.length * names.length);
  expect(model.years).toEqual([2025, 2030, 2035]);
  for (const cell of cells) {
    const row = model.rows.find((r) => r.indicator === cell.indicator && r.year === cell.year)!;
    const modelCell = row.cells[cell.scenario];
    expect(cell.value).toBeCloseTo(modelCell.value, 9);
    const shown = expected.groups.find((g) => g.indicator === cell.indicator)!.rows.find((r) => r.year === cell.year)!.cells[cell.scenario];
    expect(cell.valueText).toBe(shown.value);
    if (cell.scenario === 0) {
      expect(cell.diff).toBeNull();
      continue;
    }
    const diff = row.kind === 'share' ? row.cells[cell.scenario].diffPoints : row.cells[cell.scenario].diff;
    expect(cell.diff).toBeCloseTo(diff, 9);
    if (modelCell.relDiff === null) expect(cell.rel).toBeNull();
    else expect(cell.rel).toBeCloseTo(modelCell.relDiff, 12);
    expect(cell.diffText).toBe(shown.diff);
    expect(cell.relText).toBe((language === 'zh-CN' ? compareZh : compareEn).table.relative.replace('{{value}}', shown.rel!));
  }
}

const app = openAppForFile((opened) => {
  page = opened;
});

describe('compare view in Chromium', () => {
  const comparison = compareScenarios(PRESETS.map(preset));

  it('starts with the open scenario as the baseline', async () => {
    await page.locator('nav button', { hasText: compareZh.tab }).click();
    await page.waitForSelector('[data-testid="compare"]');
    const chips = page.locator('[data-testid="compare-chip"]');
    expect(await chips.count()).toBe(1);
    expect(await chips.first().getAttribute('data-source')).toMatch(/^open:/);
  });

  it('compares three presets with the model’s numbers in the table', async () => {
    for (const id of PRESETS) await addToComparison(`preset:${id}`);
    // The open scenario leaves; the trend preset becomes the baseline.
    await page.locator('[data-testid="compare-chip"]').first().locator('.compare-chip__remove').click();
    const chips = page.locator('[data-testid="compare-chip"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-chip"]').length === 3);
    expect(await chips.locator('.compare-chip__name').allTextContents()).toEqual(NAMES_ZH);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-table"] thead th.compare-table__scenario').length === 3);
    await expectTable(comparison, 'zh-CN', NAMES_ZH);
    // The plan-targets scenario is ahead of the trend in 2025 residents, by the model's own figure.
    const residents2025 = headlineTable(comparison).rows[0];
    expect(residents2025).toMatchObject({ kind: 'count', indicator: 'residents', year: 2025 });
    expect(residents2025.kind === 'count' && residents2025.cells[1].diff).toBeGreaterThan(0);
  });

  it('uses one colour per scenario on the chips, the tables and the charts’ legend', async () => {
    const chipColours = await page.$$eval('[data-testid="compare-chip"] .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const headColours = await page.$$eval('[data-testid="compare-table"] thead .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const legendColours = await page.$$eval('.compare-legend .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    const differsColours = await page.$$eval('[data-testid="compare-differs"] thead .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(new Set(chipColours).size).toBe(3);
    expect(headColours).toEqual(chipColours);
    expect(legendColours).toEqual(chipColours);
    expect(differsColours).toEqual(chipColours);
  });

  it('overlays the model’s series, one line per scenario, for every indicator', async () => {
    const snapshot = await charts();
    for (const indicator of CHART_INDICATORS) {
      const chart = snapshot[`compare-${indicator.id}`];
      expect(chart, indicator.id).toBeDefined();
      const series = indicatorSeries(comparison, indicator.id)!;
      expect(chart.labels).toEqual(series.years.map(String));
      const markers = comparisonMarkers(indicator.id, undefined, series.years);
      expect(chart.datasets.map((d) => d.label)).toEqual([...NAMES_ZH, ...markers.map((m) => m.set.zh)]);
      chart.datasets.slice(0, 3).forEach((dataset, i) =>
        dataset.data.forEach((v, t) => {
          const model = series.lines[i].values[t];
          // A gap where the model gives none (a flow's 2020: only the census-to-year-end months).
          if (Number.isNaN(model)) expect(v).toBeNull();
          else expect(v).toBeCloseTo(model, 6);
        }),
      );
      // The active targets: a point in their year only, at the target's value.
      markers.forEach((m, k) => expect(chart.datasets[3 + k].data).toEqual(series.years.map((y) => (y === m.year ? m.value : null))));
    }
    expect(comparisonMarkers('residents').length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid="compare-legend-marker"]').allTextContents()).toEqual(['◆' + comparisonMarkers('residents')[0].set.zh]);
  });

  it('shows the targets in the headline table: a target column, and each scenario’s standing where a target applies', async () => {
    const targets = await page.locator('[data-testid="compare-table-target"]').allTextContents();
    const table = headlineTable(comparison);
    const expectedTargets = table.rows.map((r) => (markerFor(r.indicator, r.year) ? 'target' : '—'));
    expect(targets.map((t) => (t === '—' ? '—' : 'target'))).toEqual(expectedTargets);
    expect(targets[0]).toBe('约135.0万人（±1%）');
    const standing = await page.$$eval('td[data-indicator="residents"][data-year="2025"] .compare-table__status', (els) => els.map((e) => (e as HTMLElement).dataset.status));
    const marker = markerFor('residents', 2025)!;
    expect(standing).toEqual(comparison.scenarios.map((s) => markerStatus(marker, s.rows.find((r) => r.year === 2025)!.residents).status));
    expect(await page.locator('td[data-indicator="residents"][data-year="2030"] .compare-table__status').count()).toBe(0);
  });

  it('a chart’s export message goes to the toast area and never squeezes the chart card', async () => {
    const card = page.locator('[data-testid="compare-residents"]');
    const title = card.locator('.compare-chart__title');
    const before = await title.boundingBox();
    await page.locator('[data-testid="chart-export-compare-residents"]').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid="chart-export-compare-residents-png-2"]').click()]);
    const status = page.locator('[data-testid="toast-area"] [data-testid="chart-export-compare-residents-status"]');
    await status.waitFor();
    expect(await status.textContent()).toContain(download.suggestedFilename());
    expect(await card.locator('[data-testid="chart-export-compare-residents-status"]').count()).toBe(0);
    const after = await title.boundingBox();
    expect(after!.width).toBeCloseTo(before!.width, 0);
    expect(after!.height).toBeCloseTo(before!.height, 0);
    // The export button stays inside the card.
    const cardBox = (await card.boundingBox())!;
    const button = (await page.locator('[data-testid="chart-export-compare-residents"]').boundingBox())!;
    expect(button.x + button.width).toBeLessThanOrEqual(cardBox.x + cardBox.width + 0.5);
  });

  it('exports a PPTX whose chart series carry each scenario’s colour in the view, also after one was removed', async () => {
    // Remove the middle scenario: the third keeps its colour on screen.
    const chips = page.locator('[data-testid="compare-chip"]');
    const coloursBefore = await page.$$eval('[data-testid="compare-chip"] .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    await chips.nth(1).locator('.compare-chip__remove').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-chip"]').length === 2);
    const coloursAfter = await page.$$eval('[data-testid="compare-chip"] .swatch', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(coloursAfter).toEqual([coloursBefore[0], coloursBefore[2]]);
    await page.locator('[data-testid="compare-export"]').click();
    const dialog = page.locator('dialog[open][data-testid="export-dialog"]');
    await dialog.locator('[data-testid="export-format-pptx"]').check();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), dialog.locator('[data-testid="export-run"]').click()]);
    const { slides } = await readPptx(await readFile((await download.path())!));
    await dialog.locator('[data-testid="export-close"]').click();
    await dialog.waitFor({ state: 'detached' });
    const hex = (rgb: string) => rgb.match(/\d+/g)!.map((n) => Number(n).toString(16).padStart(2, '0')).join('').toUpperCase();
    const residents = slides.flatMap((s) => s.charts).find((c) => c.title.startsWith('常住人口'))!;
    expect(residents.series.slice(0, 2).map((s) => s.colour)).toEqual(coloursAfter.map(hex));
    // Back to the three presets in their order for the tests that follow.
    await chips.nth(1).locator('.compare-chip__remove').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-chip"]').length === 1);
    await addToComparison('preset:plan-targets');
    await addToComparison('preset:central-city-surge');
    expect(await chips.locator('.compare-chip__name').allTextContents()).toEqual(NAMES_ZH);
  });

  it('moves both pyramids with one year slider', async () => {
    await page.locator('[data-testid="pyramid-year"]').fill('2030');
    await page.waitForFunction(() => document.querySelector('.compare-pyramids__year')?.textContent === '2030');
    const t = comparison.years.indexOf(2030);
    let snapshot = await charts();
    const total = (key: string) => snapshot[key].datasets.reduce((sum, d) => sum + d.data.reduce<number>((a, v) => a + Math.abs(v ?? 0), 0), 0);
    // The year label can change a frame before both charts have taken the new year's data: wait for the
    // charts (a pyramid that never shows its scenario's 2030 still fails when the poll times out).
    await expect
      .poll(async () => {
        snapshot = await charts();
        return Math.round(total('compare-pyramid-0'));
      }, { timeout: 10_000 })
      .toBe(Math.round(comparison.scenarios[0].rows[t].residents));
    expect(total('compare-pyramid-0')).toBeCloseTo(comparison.scenarios[0].rows[t].residents, 0);
    expect(total('compare-pyramid-1')).toBeCloseTo(comparison.scenarios[1].rows[t].residents, 0);
    await page.locator('[data-testid="pyramid-partner"]').selectOption({ label: NAMES_ZH[2] });
    await page.waitForFunction((name) => document.querySelector('#chart-compare-pyramid-1-title')?.textContent === name, NAMES_ZH[2]);
    expect(total('compare-pyramid-0')).toBeCloseTo(comparison.scenarios[0].rows[t].residents, 0);
    const after = await charts();
    const right = after['compare-pyramid-1'].datasets.reduce((sum, d) => sum + d.data.reduce<number>((a, v) => a + Math.abs(v ?? 0), 0), 0);
    expect(right).toBeCloseTo(comparison.scenarios[2].rows[t].residents, 0);
    // Both describe the same year (the shared axis itself is unit-tested in compare-view-models).
    for (const key of ['compare-pyramid-0', 'compare-pyramid-1']) {
      expect(await page.locator(`[data-testid="chart-${key}"] canvas`).getAttribute('aria-label')).toContain('2030');
    }
  });

  it('lists what differs: the model’s differing levers, each value in the interface language', async () => {
    const expected = whatDiffers(comparison.scenarios).map((d) => d.id);
    const shown = await page.$$eval('[data-testid="compare-differs"] tbody tr', (rows) => rows.map((r) => (r as HTMLElement).dataset.setting));
    expect(shown).toEqual(expected);
    const inflow = page.locator('[data-testid="compare-differs"] tr[data-setting="centralCityInflow"] td');
    expect(await inflow.allTextContents()).toEqual(['14,800人/年', '26,200人/年', '25,000人/年', '14,800人/年']);
  });

  it('exports the compared set: the export dialog lists the three scenarios, baseline first', async () => {
    await page.locator('[data-testid="compare-export"]').click();
    const list = page.locator('dialog[open] [data-testid="export-scenarios"] li');
    await list.first().waitFor();
    const texts = await list.allTextContents();
    expect(texts).toHaveLength(3);
    NAMES_ZH.forEach((name, i) => expect(texts[i]).toContain(name));
    await page.locator('dialog[open] [data-testid="export-close"]').click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  });

  it('takes screenshots of the compare view in Chinese', async () => {
    await page.locator('.compare').evaluate((el) => el.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'compare-zh.png') });
    await page.setViewportSize({ width: 1280, height: 3400 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'compare-zh-full.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('follows an open scenario live: an edit in the editor shows in the comparison', async () => {
    const openId = await page.evaluate(() => window.__xiqingTest!.store.getState().activeId);
    await addToComparison(`open:${openId}`);
    await page.locator('nav button', { hasText: '情景编辑' }).click();
    const box = page.locator('[data-lever="centralCityInflow"] input[type="text"]');
    await box.fill('40000');
    await box.press('Enter');
    await page.locator('nav button', { hasText: compareZh.tab }).click();
    const levers = withLever(presetLevers('trend'), 'centralCityInflow', 40_000);
    const withOpen = compareScenarios([...PRESETS.map(preset), { name: 'open', levers }]);
    const residents2035 = headlineTable(withOpen).rows.find((r) => r.indicator === 'residents' && r.year === 2035)!.cells[3];
    await page.waitForFunction((v) => {
      const td = document.querySelector('td[data-indicator="residents"][data-year="2035"][data-scenario="3"]') as HTMLElement | null;
      return td !== null && Math.abs(Number(td.dataset.value) - v) < 1e-6;
    }, residents2035.value);
    await page.locator('[data-testid="compare-chip"]').last().locator('.compare-chip__remove').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compare-chip"]').length === 3);
  });

  it('relabels in English with English number formats', async () => {
    await page.locator('[data-language="en"]').click();
    await page.waitForFunction((title) => document.querySelector('.compare__head h2')?.textContent === title, compareEn.title);
    const names = ['Recent trend', 'Plan targets met', 'Central-city relocation surge'];
    expect(await page.locator('[data-testid="compare-chip"] .compare-chip__name').allTextContents()).toEqual(names);
    await expectTable(comparison, 'en', names);
    expect(await page.locator('[data-testid="compare-table"] .compare-table__indicator').first().textContent()).toBe(compareEn.indicators.residents);
    await page.locator('.compare').evaluate((el) => el.scrollTo(0, 0));
    await page.waitForTimeout(400);
    await page.screenshot({ path: join(SHOTS, 'compare-en.png') });
    await page.setViewportSize({ width: 1280, height: 3400 });
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, 'compare-en-full.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('[data-language="zh-CN"]').click();
  });

  it('logged no console errors and no page errors', () => {
    expect(app.errors).toEqual([]);
  });
});
