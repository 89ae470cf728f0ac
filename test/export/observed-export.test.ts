/**
 * Observed figures in every data export: their own columns in CSV and XLSX (the published value in
 * its year, empty elsewhere, on every scenario's rows) and their own series in the PPTX charts of
 * residents, hukou, births and deaths (points in the observed years, blanks elsewhere).
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCsvText, buildPptx, buildXlsx, type ExportOptions } from '../../src/export';
import { xlsxSheetNames } from '../../src/export/xlsx';
import example from '../../src/model/observations/data/xiqing-year-end.observations.json';
import type { ExportObserved } from '../../src/export/observed';
import { EXPORT_DATE, presetComparison } from './fixtures';
import { readPptx } from './pptx-xml';

const comparison = presetComparison();
const observed: ExportObserved = { name: example.name, observations: [...(example as ExportObserved).observations, { year: 2024, births: 9_300 }] };
const opts = (lang: 'zh-CN' | 'en'): ExportOptions => ({ lang, appVersion: '0.1.0', date: EXPORT_DATE, observed });

describe('observed figures in exports', () => {
  it('CSV: own columns after the model’s, the same values on every scenario’s row of that year', () => {
    const lines = buildCsvText(comparison, opts('zh-CN')).split('\r\n');
    const header = lines.find((l) => l.startsWith('"情景"'))!.split(',');
    expect(header.slice(-3)).toEqual(['"常住人口（实际）（人）"', '"户籍人口（实际）（人）"', '"出生人口（实际）（人）"']);
    const rows = lines.filter((l) => /^"[^#]/.test(l) && !l.startsWith('"情景"'));
    const of = (year: number) => rows.filter((l) => l.split(',')[1] === String(year)).map((l) => l.split(',').slice(-3));
    expect(of(2022)).toEqual(Array(3).fill(['1186200', '484300', '']));
    expect(of(2024)).toEqual(Array(3).fill(['', '', '9300']));
    expect(of(2030)).toEqual(Array(3).fill(['', '', '']));
  });

  it('CSV without observations is unchanged', () => {
    const plain = buildCsvText(comparison, { lang: 'en', appVersion: '0.1.0', date: EXPORT_DATE });
    expect(plain).not.toContain('observed');
  });

  it('XLSX: own columns on each scenario sheet, as numbers', async () => {
    const wb = new ExcelJS.Workbook();
    const bytes = await buildXlsx(comparison, opts('en'));
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const names = xlsxSheetNames(comparison, 'en');
    for (const name of names.scenarios) {
      const ws = wb.getWorksheet(name)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
      const col = header.indexOf('Resident population (observed) (persons)') + 1;
      expect(col).toBeGreaterThan(0);
      const yearRow = (y: number) => ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === y)!;
      expect(yearRow(2023).getCell(col).value).toBe(1_194_700);
      expect(yearRow(2025).getCell(col).value).toBeNull();
    }
  });

  it('PPTX: the observed series is in the residents chart XML, apart from the scenarios’ lines', async () => {
    const deck = await readPptx(await buildPptx(comparison, opts('zh-CN')));
    const residents = deck.slides.flatMap((s) => s.charts).find((c) => c.title.startsWith('常住人口'))!;
    const series = residents.series.find((s) => s.name === '常住人口（实际）')!;
    expect(series).toBeDefined();
    // The scenarios' lines, the observed series, then the plan's target diamond.
    expect(residents.series.map((s) => s.name).slice(comparison.scenarios.length, comparison.scenarios.length + 1)).toEqual(['常住人口（实际）']);
    // Drawn as hollow circles without a line, not as a target's diamond.
    const ser = residents.xml.split('<c:ser>').find((x) => x.includes('常住人口（实际）'))!;
    expect(ser).toContain('<c:symbol val="circle"/>');
    expect(ser).toContain('<a:ln><a:noFill/></a:ln>');
    expect(ser).not.toContain('diamond');
    // Values only in the observed years (万 in Chinese); blanks elsewhere, shown as gaps.
    const at = (year: number) => series.values[series.categories.indexOf(String(year))];
    expect([at(2021), at(2022), at(2023), at(2024)]).toEqual([null, 118.62, 119.47, null]);
    expect(residents.xml).toContain('<c:dispBlanksAs val="gap"/>');
    const births = deck.slides.flatMap((s) => s.charts).find((c) => c.series.some((s) => s.name === '出生人口（实际）'));
    expect(births).toBeDefined();
  });
});
