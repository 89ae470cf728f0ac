/** The Areas view's exports: an XLSX sheet per area table with the model's numbers, and one PPTX slide. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AREA_COLUMNS, defaultAreasFile, xiqingAreas } from '../../src/model/areas';
import { buildAreasPptx, buildAreasXlsx, type AreasExportLabels } from '../../src/export/areas-export';
import { DEFAULT_NORMS } from '../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../src/model/xiqing/levers/lever-values';
import { readPptx } from './pptx-xml';

const labels: AreasExportLabels = {
  sheetAreas: 'Areas', sheetSupply: 'Supply', sheetAdditions: 'Planned additions', sheetSources: 'Sources and grades',
  area: 'Area', code: 'code', grade: 'Grade', source: 'Source', facility: 'Facility', capacity: 'Capacity', yearOpened: 'Year opened',
  name: 'Name', year: 'Year', persons: 'Persons', note: 'Note', residents: (y) => `Residents ${y}`, change: 'Change',
  childcareGap: (y) => `Childcare gap ${y}`, careBedGap: (y) => `Care-bed gap ${y}`, district: 'District', caption: 'Gap = need − supply.',
};
const file = { ...defaultAreasFile(), plannedAdditions: [{ year: 2026, area: '120111105', persons: 4000, note: 'new estate' }] };
const result = xiqingAreas(file, DEFAULT_LEVERS, DEFAULT_NORMS);
const names = file.areas.map((a) => a.name.en);

describe('areas XLSX', () => {
  it('has one sheet per area table, with every area-year row at full precision', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildAreasXlsx(result, names, labels, new Date(Date.UTC(2026, 0, 2)))) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Areas', 'Supply', 'Planned additions', 'Sources and grades']);
    const areas = wb.getWorksheet('Areas')!;
    expect(areas.rowCount).toBe(1 + file.areas.length * result.populations.years.length);
    expect((areas.getRow(1).values as unknown[]).slice(1)).toEqual(['code', 'Area', 'Grade', ...AREA_COLUMNS]);
    const years = result.populations.years.length;
    const row = areas.getRow(2 + 8 * years + 5).values as unknown[]; // Zhangjiawo (index 8), 2025
    expect(row[1]).toBe('120111103');
    expect(row[4]).toBe(2025);
    expect(row[5]).toBe(result.rows[8][5].residents);
    expect(row[4 + AREA_COLUMNS.indexOf('careBedGap')]).toBe(result.rows[8][5].careBedGap);
    expect(wb.getWorksheet('Supply')!.rowCount).toBe(1 + file.supply.length);
    expect((wb.getWorksheet('Planned additions')!.getRow(2).values as unknown[]).slice(1)).toEqual(['120111105', 'Dasi Town', 2026, 4000, 'new estate']);
    expect(wb.getWorksheet('Sources and grades')!.getRow(4).getCell(4).value).toBe('C');
  });
});

describe('areas PPTX', () => {
  it('is one slide with the title and a row per area', async () => {
    const { slides } = await readPptx(await buildAreasPptx(result, names, 'Childcare gap by area, 2025', 2025, labels));
    expect(slides).toHaveLength(1);
    const text = slides[0].texts.join(' ');
    expect(text).toContain('Childcare gap by area, 2025');
    for (const n of names) expect(text).toContain(n);
    const gap = Math.round(result.rows[8][5].childcareGap);
    expect(text).toContain(`+${gap.toLocaleString('en-US')}`);
  });
});
