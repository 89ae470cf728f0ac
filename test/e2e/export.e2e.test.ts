/**
 * Exports end to end, in Debian's Chromium against the built renderer (browser host: every export is a
 * download): a chart as PNG at 2× and 3× (size from the PNG header, content sampled in the page), the
 * pyramid too; CSV, XLSX and PPTX from the export dialog, read back in Node (csv-parse, exceljs, jszip)
 * and compared with the model's own numbers for the scenario the page holds; two open scenarios as a
 * comparison; the PDF brief printed by headless Chromium's print path (`page.pdf()`), its pages counted
 * with pdfinfo and rendered with pdftoppm. Images and pages go to test-results/ for review. No console
 * error may appear on the way (a Content-Security-Policy violation, e.g. eval in a builder, would).
 */
import { execFileSync } from 'node:child_process';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chartSlides, displayScale, exportColumns, keyMessage, toDisplay, xlsxSheetNames } from '../../src/export';
import { compareScenarios, headlineTable, type Comparison, type NamedScenario } from '../../src/model/compare';
import { indicatorValue } from '../../src/model/indicators';
import zhExporting from '../../renderer/src/i18n/exporting/zh-CN.json';
import { FIGURE, type FigureLayout } from '../../renderer/src/export/chart-image';
import { openAppForFile, SHOTS } from './support/app-for-file';
import { compareWithApproved, decodePng, inkShare, pdfFillColours, renderPdfPage } from '../helpers/approved-image';
import { COMPARE_PALETTE } from '../../renderer/src/compare/palette';

const NEW_INFLOW = 30_000;

let page: Page;

/** The scenarios the page holds, as the compare model takes them (active first), with their names as shown. */
async function pageScenarios(scope: 'active' | 'open'): Promise<NamedScenario[]> {
  const scenarios = await page.evaluate(() => {
    const state = window.__xiqingTest!.store.getState();
    const ids = [state.activeId, ...state.order.filter((id) => id !== state.activeId)];
    return ids.map((id) => {
      const s = state.entries[id].scenario;
      return { name: s.name.zh, levers: s.levers, norms: s.norms };
    });
  });
  return scope === 'active' ? scenarios.slice(0, 1) : scenarios;
}

/** Runs `action` and returns the download it starts, with its bytes. */
async function downloadOf(action: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), action()]);
  const path = await download.path();
  return { download, bytes: await readFile(path) };
}

/**
 * The page's model and Node's agree to the last bit or two: Chromium's V8 and Node's V8 may round
 * Math.exp/Math.pow one ulp apart. Anything beyond 1e-12 relative would be a real difference.
 */
function expectSame(actual: unknown, expected: number | undefined, label: string) {
  expect(typeof actual, label).toBe('number');
  expect(expected, label).toBeDefined();
  expect(Math.abs((actual as number) - expected!), label).toBeLessThanOrEqual(Math.abs(expected!) * 1e-12);
}

/** Width and height from a PNG's IHDR chunk (signature, length, "IHDR", then width and height, big-endian). */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Decodes the PNG in the page and counts non-white pixels in the chart area, the caption area and the corners. */
async function inkOf(bytes: Buffer, layout: FigureLayout) {
  return page.evaluate(async ({ base64, layout }) => {
    const raw = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
    const canvas = document.createElement('canvas');
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const s = layout.scale;
    const ink = (x: number, y: number, w: number, h: number) => {
      const data = context.getImageData(Math.round(x * s), Math.round(y * s), Math.round(w * s), Math.round(h * s)).data;
      let dark = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] === 255 && data[i] + data[i + 1] + data[i + 2] < 600) dark++;
      return dark / (data.length / 4);
    };
    const corner = context.getImageData(0, 0, 1, 1).data;
    return {
      chart: ink(20, layout.chartTop, layout.chartWidth, layout.chartHeight),
      caption: ink(20, layout.captionTop, layout.chartWidth, layout.height - layout.captionTop - 10),
      corner: [...corner],
    };
  }, { base64: bytes.toString('base64'), layout });
}

async function exportChartPng(key: string, scale: 2 | 3) {
  await page.locator(`[data-testid="chart-export-${key}"]`).click();
  const item = page.locator(`[data-testid="chart-export-${key}-png-${scale}"]`);
  await item.waitFor();
  const result = await downloadOf(() => item.click());
  const layout = await page.evaluate(() => window.__xiqingExportTest!.lastFigure!);
  return { ...result, layout };
}

/** Opens the export dialog from the top bar, picks the format and scope, exports, and returns the download. */
async function exportFromDialog(format: 'csv' | 'xlsx' | 'pptx', scope: 'active' | 'open' = 'active') {
  await page.locator('[data-testid="export-open"]').click();
  const dialog = page.locator('dialog[open][data-testid="export-dialog"]');
  await dialog.waitFor();
  await dialog.locator(`[data-testid="export-format-${format}"]`).check();
  await dialog.locator(`[data-testid="export-scope-${scope}"]`).check();
  const result = await downloadOf(() => dialog.locator('[data-testid="export-run"]').click());
  await page.waitForFunction(() => document.querySelector('[data-testid="export-status"]')?.textContent?.startsWith('已导出'));
  const status = await dialog.locator('[data-testid="export-status"]').textContent();
  await dialog.locator('[data-testid="export-close"]').click();
  await dialog.waitFor({ state: 'detached' });
  return { ...result, status };
}

const app = openAppForFile((opened) => {
  page = opened;
}, { width: 1280, height: 900 });

// A changed lever, so that the caption and the metadata have something to list.
beforeAll(async () => {
  const box = page.locator('[data-lever="centralCityInflow"] input[type="text"]');
  await box.fill(String(NEW_INFLOW));
  await box.press('Enter');
  await page.waitForFunction((v) => window.__xiqingTest!.store.getState().entries[window.__xiqingTest!.store.getState().activeId].scenario.levers.centralCityInflow === v, NEW_INFLOW);
}, 60_000);

describe('PNG of a chart', () => {
  for (const scale of [2, 3] as const) {
    it(`exports the population chart at ${scale}× on white with the chart drawn and a caption`, async () => {
      const { download, bytes, layout } = await exportChartPng('residents', scale);
      expect(download.suggestedFilename()).toMatch(new RegExp(`_${scale}x\\.png$`));
      expect(layout.scale).toBe(scale);
      expect(layout.width).toBe(FIGURE.width);
      expect(layout.chartHeight).toBe(FIGURE.chartHeight);
      expect(layout.captionLines).toBeGreaterThanOrEqual(4);
      const size = pngSize(bytes);
      expect(size).toEqual({ width: FIGURE.width * scale, height: layout.height * scale });
      const ink = await inkOf(bytes, layout);
      expect(ink.corner).toEqual([255, 255, 255, 255]);
      expect(ink.chart).toBeGreaterThan(0.03);
      expect(ink.caption).toBeGreaterThan(0.01);
      await writeFile(join(SHOTS, `export-residents@${scale}x.png`), bytes);
      expect(await page.locator('[data-testid="chart-export-residents-status"]').textContent()).toContain(download.suggestedFilename());
    });
  }

  it('exports the pyramid with its year in the title, from the keyboard', async () => {
    const button = page.locator('[data-testid="chart-export-pyramid"]');
    await button.focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'chart-export-pyramid-png-2');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const bytes = await readFile(await download.path());
    const layout = await page.evaluate(() => window.__xiqingExportTest!.lastFigure!);
    expect(pngSize(bytes)).toEqual({ width: FIGURE.width * 2, height: layout.height * 2 });
    expect(download.suggestedFilename()).toMatch(/2025/);
    expect((await inkOf(bytes, layout)).chart).toBeGreaterThan(0.03);
    await writeFile(join(SHOTS, 'export-pyramid@2x.png'), bytes);
    // Escape closes the menu and gives focus back to its button.
    await button.click();
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('chart-export-pyramid');
  });
});

describe('CSV, XLSX and PPTX from the export dialog', () => {
  let comparison: Comparison;
  beforeAll(async () => {
    const scenarios = await pageScenarios('active');
    expect(scenarios[0].levers.centralCityInflow).toBe(NEW_INFLOW);
    comparison = compareScenarios(scenarios);
  });

  it('opens from the host’s File › Export… menu event, and Escape closes it', async () => {
    await page.evaluate(() => window.__xiqingTest!.host.emit('menu:export'));
    const dialog = page.locator('dialog[open][data-testid="export-dialog"]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBe(await dialog.locator('h2').getAttribute('id'));
    expect(await dialog.locator('[data-testid="export-scenarios"] li').allTextContents()).toEqual([await page.locator('[data-testid="scenario-select"] option:checked').textContent()]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  it('CSV: UTF-8 with a BOM, metadata lines, and the model’s numbers (whole persons, shares to 4 decimals) for every year', async () => {
    const { download, bytes } = await exportFromDialog('csv');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('# 版本,"0.1.0"');
    expect(text).toMatch(/中心城区.*30,000/);
    const ids = text.split('\r\n').find((line) => line.startsWith('# 列标识'))!.split(',').slice(1);
    expect(ids).toEqual(['scenario', ...exportColumns(comparison)]);
    const rows = parse(bytes, { bom: true, comment: '#', comment_no_infix: true, columns: ids, from_line: 2 }) as Record<string, string>[];
    const s = comparison.scenarios[0];
    expect(rows.map((r) => Number(r.year))).toEqual(s.rows.map((r) => r.year));
    for (const row of rows) {
      for (const id of ['residents', 'hukouPopulation', 'births', 'careBeds'] as const) {
        expect(Number(row[id]), `${id} ${row.year}`).toBe(Math.round(indicatorValue(s, id, Number(row.year))!));
      }
      expect(Math.abs(Number(row.age65plusShare) - indicatorValue(s, 'age65plusShare', Number(row.year))!)).toBeLessThanOrEqual(0.00005 + 1e-12);
    }
  });

  it('XLSX: the comparison, scenario and metadata sheets with the model’s numbers', async () => {
    const { download, bytes } = await exportFromDialog('xlsx');
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = xlsxSheetNames(comparison, 'zh-CN');
    expect(wb.worksheets.map((w) => w.name)).toEqual([names.comparison, ...names.scenarios, names.metadata]);
    const sheet = wb.getWorksheet(names.scenarios[0])!;
    const columns = exportColumns(comparison);
    const s = comparison.scenarios[0];
    s.rows.forEach((r, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(1).value).toBe(r.year);
      for (const id of ['residents', 'hukouPopulation', 'age60plusShare', 'childcarePlacesByNorm'] as const) {
        expectSame(row.getCell(columns.indexOf(id) + 1).value, indicatorValue(s, id, r.year), `${id} ${r.year}`);
      }
    });
    const meta = wb.getWorksheet(names.metadata)!;
    const metaText = JSON.stringify(meta.getSheetValues());
    expect(metaText).toContain('0.1.0');
    expect(metaText).toContain('七普');
  });

  it('PPTX: native charts whose series values are the model’s numbers', async () => {
    const { download, bytes } = await exportFromDialog('pptx');
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
    const zip = await JSZip.loadAsync(bytes);
    const chartFiles = Object.keys(zip.files).filter((f) => /^ppt\/charts\/chart\d+\.xml$/.test(f)).sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]));
    const panels = chartSlides(comparison, 'zh-CN').flatMap((slide) => slide.panels);
    expect(chartFiles).toHaveLength(panels.length);
    const residents = await zip.file(chartFiles[0])!.async('string');
    const values = [...residents.matchAll(/<c:val>[\s\S]*?<\/c:val>/g)][0][0];
    const numbers = [...values.matchAll(/<c:v>([^<]*)<\/c:v>/g)].map((m) => Number(m[1]));
    const expected = comparison.scenarios[0].rows.map((r) => toDisplay(r.residents, displayScale('residents', 'zh-CN')));
    expect(numbers).toEqual(expected);
  });

  it('two open scenarios export as a comparison, the active one as the baseline', async () => {
    await page.locator('[data-testid="new-from-preset"]').click();
    await page.locator('dialog[open] [data-preset="central-city-surge"]').click();
    await page.locator('dialog[open] [data-preset="central-city-surge"]').waitFor({ state: 'detached' }).catch(() => undefined);
    const scenarios = await pageScenarios('open');
    expect(scenarios).toHaveLength(2);
    const { bytes } = await exportFromDialog('xlsx', 'open');
    const both = compareScenarios(scenarios);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = xlsxSheetNames(both, 'zh-CN');
    expect(wb.worksheets.map((w) => w.name)).toEqual([names.comparison, ...names.scenarios, names.metadata]);
    // The comparison sheet: the first headline row's difference is the model's.
    const table = headlineTable(both);
    const first = table.rows[0];
    const comparisonSheet = wb.getWorksheet(names.comparison)!;
    const row = comparisonSheet.getRow(3);
    expectSame(row.getCell(4).value, first.cells[0].value, 'baseline value');
    expectSame(row.getCell(5).value, first.cells[1].value, 'second value');
    expectSame(row.getCell(6).value, first.kind === 'count' ? first.cells[1].diff : first.cells[1].diffPoints, 'difference');
  });
});

describe('PDF brief', () => {
  it('opens the print view, prints through the host, and prints to an A4 PDF of several pages', async () => {
    await page.locator('[data-testid="export-open"]').click();
    const dialog = page.locator('dialog[open][data-testid="export-dialog"]');
    await dialog.locator('[data-testid="export-format-pdf"]').check();
    await dialog.locator('[data-testid="export-scope-open"]').check();
    await dialog.locator('[data-testid="export-run"]').click();
    await page.locator('[data-testid="brief-document"]').waitFor();
    await page.waitForFunction(() => Array.from(document.querySelectorAll<HTMLImageElement>('.brief-chart img')).every((img) => img.complete && img.naturalWidth > 0));
    expect(await page.locator('.brief-chart img').count()).toBe(6);
    await page.screenshot({ path: join(SHOTS, 'export-brief-preview.png') });

    // The browser host prints with window.print(); headless Chromium has no dialog, so count the call.
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => { (window as unknown as { printed: number }).printed++; };
    });
    await page.locator('[data-testid="brief-print"]').click();
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1);
    expect(await page.locator('[data-testid="brief-status"]').textContent()).toBe(zhExporting.brief.printed);

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const pdfPath = join(SHOTS, 'export-brief.pdf');
    await writeFile(pdfPath, pdf);
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    for (const old of (await readdir(SHOTS)).filter((f) => /^export-brief-page-\d+\.png$/.test(f))) await rm(join(SHOTS, old));
    execFileSync('pdftoppm', ['-png', '-r', '70', pdfPath, join(SHOTS, 'export-brief-page')]);
    const rendered = (await readdir(SHOTS)).filter((f) => /^export-brief-page-\d+\.png$/.test(f));
    expect(rendered).toHaveLength(pages);

    // Page 1 leads with the answer: the key message, then the plan year's table with its targets, then the assumptions.
    const page1 = execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    const scenarios = await pageScenarios('open');
    const both = compareScenarios(scenarios);
    const message = keyMessage(both, 'zh-CN')!;
    expect(page1).toContain('核心结论');
    expect(page1).toContain(message.sentences[0].replace(/\s+/g, ''));
    // The table's header row reads "指标 目标 <scenarios>": the target column comes right after the indicator.
    const order = ['核心结论', zhExporting.brief.headlineTitle, '指标目标', zhExporting.brief.assumptionsTitle].map((text) => page1.indexOf(text));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(page1).toContain('约135.0万人');
    expect(page1).toMatch(/\u2212/);
    expect(page1).not.toMatch(/（-\d/);
    // No mostly-empty page: every page carries real content.
    for (let p = 1; p <= pages; p++) {
      const ink = inkShare(decodePng(renderPdfPage(pdfPath, p, 40)));
      expect(ink, `page ${p}`).toBeGreaterThan(p < pages ? 0.04 : 0.01);
    }
    // Each scenario is drawn in the app's colour for it (the swatches are vector fills).
    const fills = pdfFillColours(pdf);
    for (const colour of COMPARE_PALETTE.slice(0, scenarios.length)) expect(fills, colour).toContain(colour.slice(1).toUpperCase());
    // Page 1 as a reader sees it, against the approved image (the export date and tiny text shifts stay under the tolerance).
    const first = renderPdfPage(pdfPath, 1, 50);
    await writeFile(join(SHOTS, 'export-brief-page-1@50.png'), first);
    expect(compareWithApproved(first, join(import.meta.dirname, 'approved', 'brief-page-1.png'))).toBeLessThanOrEqual(0.03);

    await page.locator('[data-testid="brief-close"]').click();
    await page.locator('[data-testid="brief-preview"]').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.getElementById('root')!.hasAttribute('inert'))).toBe(false);
  });

  it('logged no console or page error (no CSP violation from the builders)', () => {
    expect(app.errors).toEqual([]);
  });
});
