/**
 * Exports against the active target set, with bands and the tornado, end to end in Chromium: a draft
 * 2030 target set (residents at least 1,400,000) is made in the app and becomes active; with the
 * uncertainty switch on, the export dialog offers bands/percentiles (ticked) and the tornado; the PPTX,
 * XLSX, CSV and the PDF brief are read back and carry the draft's target, the model's bands or
 * percentiles, the note on what they mean, and the tornado. Then the observed table: an unsaved edit
 * survives a reload (a restart) and is offered back. Files and screenshots go to test-results/.
 */
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/model/compare';
import { DEFAULT_SEED } from '../../src/model/uncertainty/probabilistic-run';
import { runFastProbabilistic } from '../../src/model/uncertainty/fast-path';
import { sensitivity } from '../../src/model/uncertainty/sensitivity';
import { readPptx } from '../export/pptx-xml';
import { keyMessage } from '../../src/export';
import { parseTargetsText, targetSetOf } from '../../src/model';
import { openAppForFile, SHOTS } from './support/app-for-file';

let page: Page;
const app = openAppForFile((opened) => {
  page = opened;
}, { width: 1280, height: 900 });

const DRAFT = '十五五草案';

async function downloadOf(action: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), action()]);
  return { download, bytes: await readFile(await download.path()) };
}

/** Opens the export dialog, picks the format, the tornado if asked, exports and returns the download. */
async function exportWith(format: 'csv' | 'xlsx' | 'pptx', tornado: boolean) {
  await page.locator('[data-testid="export-open"]').click();
  const dialog = page.locator('dialog[open][data-testid="export-dialog"]');
  await dialog.waitFor();
  await dialog.locator(`[data-testid="export-format-${format}"]`).check();
  // The switch is on, so bands and percentiles are offered ticked.
  expect(await dialog.locator('[data-testid="export-uncertainty"]').isChecked()).toBe(true);
  if (tornado) await dialog.locator('[data-testid="export-tornado"]').check();
  if (format === 'pptx') await dialog.screenshot({ path: join(SHOTS, 'export-dialog-uncertainty.png') });
  const result = await downloadOf(() => dialog.locator('[data-testid="export-run"]').click());
  await page.waitForFunction(() => document.querySelector('[data-testid="export-status"]')?.textContent?.startsWith('已导出'));
  await dialog.locator('[data-testid="export-close"]').click();
  await dialog.waitFor({ state: 'detached' });
  return result;
}

/** The ids and texts of the recovery area's records. */
const recoveryRecords = () => page.evaluate(async () => (await window.__xiqingTest!.host.listRecovery()).map((r) => ({ id: r.id, text: r.text })));

/** Polls the host until `check` holds (waitForFunction would not await a promise). */
async function until(check: () => Promise<boolean>, timeout = 10_000) {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting for the host');
    await page.waitForTimeout(100);
  }
}

/** The scenario on screen, as the model takes it. */
async function activeScenario() {
  return page.evaluate(() => {
    const state = window.__xiqingTest!.store.getState();
    const s = state.entries[state.activeId].scenario;
    return { name: s.name.zh, levers: s.levers, norms: s.norms };
  });
}

describe('exports read the active target set, with bands and the tornado', () => {
  it('makes a draft 2030 set in the app and activates it; turns the uncertainty switch on', async () => {
    const picker = page.locator('[data-testid="target-set"]');
    await picker.scrollIntoViewIfNeeded();
    await picker.selectOption('__new');
    const editor = page.locator('[data-testid="target-set-editor"]');
    await editor.waitFor();
    const first = editor.locator('[data-testid="target-row"]').first();
    await first.locator('[data-testid="target-year"]').fill('2030');
    await first.locator('[data-testid="target-value"]').fill('1400000');
    await first.locator('select').nth(1).selectOption('atLeast');
    await editor.locator('[data-testid="target-set-name"]').fill(DRAFT);
    await editor.locator('[data-testid="target-set-save"]').click();
    await editor.waitFor({ state: 'detached' });
    expect(await picker.locator('option:checked').textContent()).toBe(DRAFT);
    await page.locator('[data-testid="bands-toggle"]').check();
    await page.waitForFunction(() => document.querySelector('[data-testid="bands-note"]')?.getAttribute('data-state') === 'ready', undefined, { timeout: 60_000 });
  });

  it('PPTX: the draft’s 2030 diamond, the baseline’s bands with their note, and a tornado slide equal to the model’s', async () => {
    const { bytes } = await exportWith('pptx', true);
    await writeFile(join(SHOTS, 'export-targets-bands.pptx'), bytes);
    const { slides } = await readPptx(bytes);
    const slide = slides.find((s) => s.charts[0]?.title.startsWith('常住人口'))!;
    const chart = slide.charts[0];
    const marker = chart.series.find((s) => s.name === DRAFT)!;
    expect(marker.symbol).toBe('diamond');
    expect(marker.values[marker.categories.indexOf('2030')]).toBe(140);
    expect(chart.series.map((s) => s.name)).not.toContain('“十四五”规划目标');
    const band80 = chart.series.find((s) => s.name.endsWith('80%区间'))!;
    const floor = chart.series.find((s) => s.name.endsWith('区间下沿'))!;
    const band95 = chart.series.find((s) => s.name.endsWith('95%区间'))!;
    const scenario = await activeScenario();
    const model = runFastProbabilistic({ values: { levers: scenario.levers, norms: scenario.norms }, runs: 1000, seed: DEFAULT_SEED });
    const t = chart.series[0].categories.indexOf('2030');
    const p = model.percentiles.residents[model.years.indexOf(2030)];
    expect(floor.values[t]).toBeCloseTo(p['p2.5'] / 1e4, 2);
    expect(floor.values[t]! + band95.values[t]! + band80.values[t]!).toBeCloseTo(p.p90 / 1e4, 1);
    expect(slide.texts.join('')).toContain('阴影：基准情景1000次随机模拟的80%和95%区间');
    const tornado = slides.find((s) => s.texts[0]?.startsWith('敏感性：常住人口（2025年）'))!;
    const bars = sensitivity({ levers: scenario.levers, norms: scenario.norms }, 'residents', 2025);
    const [low] = tornado.charts[0].series;
    expect(low.values.at(-1)).toBeCloseTo((bars.levers[0].atLow - bars.base) / 1e4, 2);
  });

  it('XLSX: percentile columns, the draft’s target probability, the draft in the metadata, and the tornado sheet', async () => {
    const { bytes } = await exportWith('xlsx', true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = wb.getWorksheet('不确定性')!;
    expect((sheet.getRow(4).values as unknown[]).slice(1, 4)).toEqual(['年份', '常住人口 p2.5', '常住人口 p10']);
    const values = (sheet.getSheetValues() as unknown[]).filter(Array.isArray).map((r) => (r as unknown[]).map(String));
    expect(values.some((r) => r[1] === '达到目标的概率：residents-2030（2030年）' || r[1] === '达到目标的概率：residents（2030年）')).toBe(true);
    const meta = (wb.getWorksheet('说明与参数')!.getSheetValues() as unknown[]).filter(Array.isArray).flatMap((r) => (r as unknown[]).map(String));
    expect(meta).toContain(`目标集: ${DRAFT}`);
    expect(meta).toContain('1400000');
    expect(wb.getWorksheet('敏感性')).toBeDefined();
  });

  it('CSV: percentile columns and the draft’s target in the metadata lines', async () => {
    const { bytes } = await exportWith('csv', false);
    const text = bytes.toString('utf8');
    expect(text).toContain(`# 目标集,"${DRAFT}"`);
    expect(text).toContain('# 目标：常住人口（2030年）,"≥ 1,400,000人');
    expect(text.split('\r\n').find((l) => l.startsWith('# 列标识'))).toContain('residents_p97.5');
  });

  it('PDF brief: the draft’s 2030 target in the table, the key message on 2030, bands on the charts with their note', async () => {
    await page.locator('[data-testid="export-open"]').click();
    const dialog = page.locator('dialog[open][data-testid="export-dialog"]');
    await dialog.locator('[data-testid="export-format-pdf"]').check();
    await dialog.locator('[data-testid="export-scope-active"]').check();
    await dialog.locator('[data-testid="export-run"]').click();
    await page.locator('[data-testid="brief-document"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.brief-chart img')).every((img) => img.complete && img.naturalWidth > 0));
    await page.locator('.brief-chart').first().screenshot({ path: join(SHOTS, 'export-brief-bands-chart.png') });
    // One scenario: each row's target in its own year (the draft's residents 2030, the copied plan's hukou 2025).
    const residentsTarget = page.locator('[data-testid^="brief-table-"] tbody tr').first().locator('td.brief-target');
    expect((await residentsTarget.textContent())?.replace(/\s+/g, '')).toBe('≥140.0万人（2030年）');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfPath = join(SHOTS, 'export-brief-targets-bands.pdf');
    await writeFile(pdfPath, pdf);
    const text = execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(text).toContain('≥140.0万人');
    expect(text).toContain('（2030年）');
    expect(text).toContain('阴影：基准情景1000次随机模拟的80%和95%区间');
    expect(text).toContain('不是预测的置信区间');
    // The key message speaks to the draft's 2030 target (the set as the library holds it), not the plan's 2025 one.
    const stored = await page.evaluate(async (name) => {
      const host = window.__xiqingTest!.host;
      const entry = (await host.listPlanData('targets')).entries.find((e) => e.name === name)!;
      const read = await host.readPlanData(entry.id);
      return read.status === 'opened' ? read.text : '';
    }, DRAFT);
    const parsed = parseTargetsText(stored);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const message = keyMessage(compareScenarios([await activeScenario()]), 'zh-CN', [targetSetOf(parsed.file)])!;
    expect(message.year).toBe(2030);
    expect(text).toContain(message.sentences[0].replace(/\s+/g, ''));
    await page.locator('[data-testid="brief-close"]').click();
    await page.locator('[data-testid="brief-preview"]').waitFor({ state: 'detached' });
  });
});

describe('the tornado as PNG', () => {
  it('exports the editor’s tornado from its chart menu', async () => {
    const summary = page.locator('[data-testid="tornado"] summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    await page.locator('[data-testid="chart-export-tornado"]').waitFor();
    await page.locator('[data-testid="chart-export-tornado"]').click();
    const { download, bytes } = await downloadOf(() => page.locator('[data-testid="chart-export-tornado-png-2"]').click());
    expect(download.suggestedFilename()).toMatch(/^敏感性.*_2x\.png$/);
    expect([...bytes.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
    const layout = await page.evaluate(() => window.__xiqingExportTest!.lastFigure!);
    expect(layout.scale).toBe(2);
    await writeFile(join(SHOTS, 'export-tornado.png'), bytes);
    await summary.click();
  });
});

describe('the observed table survives a restart', () => {
  it('keeps an unsaved edit (a wrong cell included) and offers it after a reload; restoring brings the cells back', async () => {
    const summary = page.locator('[data-testid="observed"] summary');
    await summary.scrollIntoViewIfNeeded();
    await summary.click();
    await page.locator('[data-testid="observed-add"]').click();
    const row = page.locator('[data-testid="observed-table"] tbody tr').last();
    await row.locator('[data-testid="observed-year"]').fill('2022');
    await row.locator('[data-testid="observed-residents"]').fill('118.62万');
    await page.locator('[data-testid="observed-row-2022"] [data-testid="observed-births"]').fill('9千');
    await until(async () => (await recoveryRecords()).some((r) => r.id === 'observations:table' && r.text.includes('9千')));

    await page.reload();
    await page.waitForFunction(() => window.__xiqingTest !== undefined && document.querySelector('[data-testid="tile-residents-value"]') !== null);
    const offer = page.locator('[data-testid="observed-recovery"]');
    await offer.waitFor();
    expect(await offer.textContent()).toContain('1行');
    await offer.scrollIntoViewIfNeeded();
    await offer.screenshot({ path: join(SHOTS, 'observed-recovery-offer.png') });
    await page.locator('[data-testid="observed-recovery-restore"]').click();
    await offer.waitFor({ state: 'detached' });
    const restored = page.locator('[data-testid="observed-row-2022"]');
    expect(await restored.locator('[data-testid="observed-residents"]').inputValue()).toBe('118.62万');
    expect(await restored.locator('[data-testid="observed-births"]').inputValue()).toBe('9千');
    expect(await restored.locator('[data-testid="observed-error"]').count()).toBe(1);
    // Saved now: the record goes.
    await restored.locator('[data-testid="observed-births"]').fill('9000');
    await page.locator('[data-testid="observed-save"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="observed-status"]')?.textContent?.startsWith('已保存实际数据'));
    await until(async () => !(await recoveryRecords()).some((r) => r.id === 'observations:table'));
  });

  it('logged no console or page error', () => {
    expect(app.errors).toEqual([]);
  });
});
