/**
 * The XLSX export read back with exceljs: sheets, header rows, frozen panes, number formats, cells equal
 * to the model's numbers, the comparison sheet's differences and the metadata sheet.
 */
import type { PathValue } from '../../src/model/xiqing/levers/year-path';
import { DEFAULT_LEVERS } from '../../src/model/xiqing/levers/lever-values';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildXlsx, columnHeader, columnNumberFormat, exportColumns } from '../../src/export';
import { xiqingServiceRows } from '../../src/model/service-demand';
import { LEVER_IDS, LEVER_SPECS } from '../../src/model/xiqing/levers/lever-specs';
import { xiqingIndicators } from '../../src/model/xiqing/model';
import { COMPARE_PALETTE } from '../../renderer/src/compare/palette';
import { nameParts, options, presetComparison } from './fixtures';
import { formatSettingValue } from '../../src/format';

const comparison = presetComparison();
const model = comparison.scenarios.map((s) => ({ rows: xiqingIndicators(s.levers), services: xiqingServiceRows(s.levers) }));

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('XLSX export (zh-CN)', () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await readBack(await buildXlsx(comparison, options('zh-CN')));
  });

  it('fills each scenario’s header with the app’s colour for it and tabs its sheet in it', () => {
    const ws = wb.getWorksheet('情景比较')!;
    const fill = (col: number) => (ws.getRow(1).getCell(col).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect([fill(4), fill(5), fill(8)]).toEqual(COMPARE_PALETTE.slice(0, 3).map((c) => `FF${c.slice(1).toUpperCase()}`));
    comparison.scenarios.forEach((s, i) => {
      expect(wb.getWorksheet(nameParts(s.name).zh)!.properties.tabColor).toEqual({ argb: `FF${COMPARE_PALETTE[i].slice(1).toUpperCase()}` });
    });
  });

  it('prints every sheet landscape, one page wide', () => {
    for (const ws of wb.worksheets) expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  });

  it('has a comparison sheet, one sheet per scenario and a metadata sheet', () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(['情景比较', '近期趋势', '三孩政策见效', '中心城区疏解加快', '说明与参数']);
  });

  it('scenario sheets: Chinese header row, frozen header and first column, number formats, the model’s numbers', () => {
    const columns = exportColumns(comparison);
    comparison.scenarios.forEach((s, i) => {
      const ws = wb.getWorksheet(nameParts(s.name).zh)!;
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
      expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => columnHeader(c, 'zh-CN')));
      expect(ws.getRow(1).getCell(3).value).toBe('户籍人口（人）');
      expect(ws.rowCount).toBe(1 + 16);
      model[i].rows.forEach((row, t) => {
        const cells = ws.getRow(2 + t);
        const expected = { ...model[i].services[t], ...row } as unknown as Record<string, number>;
        columns.forEach((c, k) => expect(cells.getCell(k + 1).value, `${c} ${row.year}`).toBe(expected[c]));
      });
      const at = (id: string) => ws.getRow(2).getCell(columns.indexOf(id as never) + 1).numFmt;
      expect(at('residents')).toBe('#,##0');
      expect(at('age65plusShare')).toBe('0.00%');
      expect(at('tfr')).toBe('0.000');
      expect(at('careBeds')).toBe('#,##0');
      columns.forEach((c, k) => expect(ws.getRow(5).getCell(k + 1).numFmt).toBe(columnNumberFormat(c)));
    });
  });

  it('comparison sheet: two header rows, frozen; values and differences equal the model’s', () => {
    const ws = wb.getWorksheet('情景比较')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 2 });
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '指标', '单位', '年份', '近期趋势（基准）', '三孩政策见效', '三孩政策见效', '三孩政策见效', '中心城区疏解加快', '中心城区疏解加快', '中心城区疏解加快',
    ]);
    expect((ws.getRow(2).values as unknown[]).slice(4)).toEqual(['数值', '数值', '与基准差值', '与基准差异（%）', '数值', '与基准差值', '与基准差异（%）']);
    const ids = ['residents', 'hukouPopulation', 'age60plusShare', 'age65plusShare', 'births', 'age0to2', 'age3to5', 'childcarePlacesByNorm', 'preschoolPlaces', 'careBeds'];
    expect(ws.rowCount).toBe(2 + ids.length * 3);
    let r = 3;
    for (const id of ids) {
      for (const year of [2025, 2030, 2035]) {
        const row = ws.getRow(r++);
        const value = (i: number) => {
          const t = year - 2020;
          return ((model[i].rows[t] as unknown as Record<string, number>)[id] ?? (model[i].services[t] as unknown as Record<string, number>)[id]) as number;
        };
        const share = id.endsWith('Share');
        expect(row.getCell(3).value).toBe(year);
        expect(row.getCell(4).value).toBe(value(0));
        expect(row.getCell(4).numFmt).toBe(share ? '0.00%' : '#,##0');
        for (const i of [1, 2]) {
          const c = 5 + 3 * (i - 1);
          expect(row.getCell(c).value).toBe(value(i));
          expect(row.getCell(c + 1).value as number).toBeCloseTo((value(i) - value(0)) * (share ? 100 : 1), 6);
          expect(row.getCell(c + 2).value as number).toBeCloseTo((value(i) - value(0)) / value(0), 12);
          expect(row.getCell(c + 1).numFmt).toBe(share ? '+0.00;-0.00;0.00' : '+#,##0;-#,##0;0');
          expect(row.getCell(c + 2).numFmt).toBe('+0.00%;-0.00%;0.00%');
        }
        expect(row.getCell(2).value).toBe(share ? '%（差值为百分点）' : id === 'careBeds' ? '张' : id.startsWith('child') || id.startsWith('pre') ? '个' : '人');
      }
    }
  });

  it('metadata sheet: app, version, date, vintage, scenarios, and every lever per scenario with its source and grade', () => {
    const ws = wb.getWorksheet('说明与参数')!;
    const rows = ws.getSheetValues().filter(Boolean).map((v) => (v as unknown[]).slice(1));
    expect(rows[0]).toEqual(['西青区人口发展情景模拟器']);
    expect(rows).toContainEqual(['版本', '9.8.7']);
    expect(rows).toContainEqual(['导出日期', '2025-01-31']);
    expect(rows.find((r) => r[0] === '数据来源')?.[1]).toContain('七普');
    expect(rows).toContainEqual([1, '近期趋势（基准）', comparison.scenarios[0].description]);
    expect(rows).toContainEqual([3, '中心城区疏解加快', comparison.scenarios[2].description]);
    const header = rows.findIndex((r) => r[0] === '参数');
    expect(rows[header]).toEqual(['参数', '标识', '单位', '默认值', '近期趋势', '三孩政策见效', '中心城区疏解加快', '依据与来源', '可信度', '出处']);
    LEVER_IDS.forEach((id, k) => {
      const spec = LEVER_SPECS[id];
      // A per-year path (the default migration from outside Tianjin) is written as text.
      const cell = (v: PathValue): number | string => (typeof v === 'number' ? v : formatSettingValue(spec, v, 'zh-CN'));
      expect(rows[header + 1 + k]).toEqual([
        spec.label.zh, id, spec.unit.zh, cell(DEFAULT_LEVERS[id]), ...comparison.scenarios.map((s) => cell(s.levers[id])), spec.source.text.zh, spec.source.grade, spec.source.ref,
      ]);
    });
    const inflowRow = ws.getRow(ws.getSheetValues().findIndex((v) => (v as unknown[] | undefined)?.[2] === 'centralCityInflow'));
    expect(inflowRow.getCell(7).value).toBe(25000);
    const shareRow = ws.getRow(ws.getSheetValues().findIndex((v) => (v as unknown[] | undefined)?.[2] === 'secondBirthUplift'));
    expect(shareRow.getCell(6)).toMatchObject({ value: 0.15, numFmt: '0%' });
    expect(rows.some((r) => r[0] === '服务配置标准')).toBe(true);
  });
});

describe('XLSX export (en)', () => {
  it('has English sheet names and headers', async () => {
    const wb = await readBack(await buildXlsx(comparison, options('en')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Comparison', 'Recent trend', 'Three-child policy uplift', 'Central-city relocation surge', 'About and levers']);
    expect(wb.getWorksheet('Recent trend')!.getRow(1).getCell(2).value).toBe('Resident population (persons)');
    expect(wb.getWorksheet('Comparison')!.getRow(2).getCell(6).value).toBe('Difference from baseline');
  });
});
