/**
 * Exports of the Areas view: an XLSX workbook with one sheet per area table (residents, demand, supply
 * and gaps by area and year; the supply table; the planned additions; sources and grades) and a PPTX
 * slide with the year's area table. Labels come from the caller in the interface language; the numbers
 * are the model's at full precision (the slide rounds for reading).
 */
import ExcelJS from 'exceljs';
import PptxGenJS from 'pptxgenjs';
import { AREA_COLUMNS, flatAreaRow, type AreasResult } from '@model';
import { fixed, signed } from '../format';
import { DECK_FONT } from './pptx';

/** Words the export needs, in the export's language. */
export interface AreasExportLabels {
  sheetAreas: string;
  sheetSupply: string;
  sheetAdditions: string;
  sheetSources: string;
  area: string;
  code: string;
  grade: string;
  source: string;
  facility: string;
  capacity: string;
  yearOpened: string;
  name: string;
  year: string;
  persons: string;
  note: string;
  residents: (year: number) => string;
  change: string;
  childcareGap: (year: number) => string;
  careBedGap: (year: number) => string;
  district: string;
  caption: string;
}

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

function header(sheet: ExcelJS.Worksheet, names: string[]): void {
  const row = sheet.addRow(names);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = HEADER_FILL;
  });
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 1 }];
}

async function bytes(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const data: unknown = await wb.xlsx.writeBuffer();
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error('exceljs returned neither bytes nor an ArrayBuffer');
}

/**
 * The areas workbook. `areaNames` are the areas' names in the export language (file order).
 */
export async function buildAreasXlsx(result: AreasResult, areaNames: readonly string[], labels: AreasExportLabels, date: Date): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.created = date;
  wb.modified = date;
  const { file } = result;

  const areas = wb.addWorksheet(labels.sheetAreas.slice(0, 31));
  header(areas, [labels.code, labels.area, labels.grade, ...AREA_COLUMNS]);
  file.areas.forEach((a, i) => {
    for (const r of result.rows[i]) {
      const flat = flatAreaRow(r);
      areas.addRow([a.code, areaNames[i], a.sources.residents2020.grade, ...AREA_COLUMNS.map((c) => flat[c])]);
    }
  });
  areas.getColumn(4).numFmt = '0';
  for (let c = 5; c <= 3 + AREA_COLUMNS.length; c++) areas.getColumn(c).numFmt = '#,##0';

  const nameOf = (code: string): string => areaNames[file.areas.findIndex((a) => a.code === code)] ?? code;
  const supply = wb.addWorksheet(labels.sheetSupply.slice(0, 31));
  header(supply, [labels.code, labels.area, labels.facility, labels.capacity, labels.yearOpened, labels.name, labels.grade]);
  for (const r of file.supply) supply.addRow([r.area, nameOf(r.area), r.facility, r.capacity, r.yearOpened, r.name ?? '', r.grade ?? '']);

  const additions = wb.addWorksheet(labels.sheetAdditions.slice(0, 31));
  header(additions, [labels.code, labels.area, labels.year, labels.persons, labels.note]);
  for (const r of file.plannedAdditions) additions.addRow([r.area, nameOf(r.area), r.year, r.persons, r.note ?? '']);

  const sources = wb.addWorksheet(labels.sheetSources.slice(0, 31));
  header(sources, [labels.code, labels.area, labels.residents(2020), labels.grade, labels.source]);
  file.areas.forEach((a, i) => {
    const s = a.sources.residents2020;
    sources.addRow([a.code, areaNames[i], a.residents2020, s.grade, [s.text, s.url].filter(Boolean).join(' ')]);
  });
  sources.getColumn(5).width = 100;
  return bytes(wb);
}

/** One slide: the area table of `year` (residents 2020/2025/2030, change, childcare and care-bed gaps). */
export async function buildAreasPptx(result: AreasResult, areaNames: readonly string[], title: string, year: number, labels: AreasExportLabels): Promise<Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.theme = { headFontFace: DECK_FONT, bodyFontFace: DECK_FONT };
  pptx.title = title;
  const slide = pptx.addSlide();
  slide.addText(title, { x: 0.4, y: 0.2, w: 12.5, h: 0.6, fontSize: 22, bold: true, fontFace: DECK_FONT });
  const ix = (y: number): number => Math.max(0, result.populations.years.indexOf(y));
  const fmt = (v: number): string => fixed('en', v);
  const diff = (v: number): string => signed(fmt(v), v);
  const cell = (text: string, fill?: string) => ({ text, options: fill ? { fill: { color: fill } } : {} });
  const shade = (v: number): string | undefined => (v > 0.5 ? 'F8D7DA' : v < -0.5 ? 'D6E4F5' : undefined);
  const head = [labels.area, labels.grade, labels.residents(2020), labels.residents(2025), labels.residents(2030), labels.change, labels.childcareGap(year), labels.careBedGap(year)];
  const rows = result.file.areas.map((a, i) => {
    const r = result.rows[i];
    const g = r[ix(year)];
    return [
      cell(areaNames[i]), cell(a.sources.residents2020.grade), cell(fmt(r[ix(2020)].residents)), cell(fmt(r[ix(2025)].residents)),
      cell(fmt(r[ix(2030)].residents)), cell(diff(r[ix(2030)].residents - r[ix(2020)].residents)),
      cell(diff(g.childcareGap), shade(g.childcareGap)), cell(diff(g.careBedGap), shade(g.careBedGap)),
    ];
  });
  slide.addTable([head.map((h) => ({ text: h, options: { bold: true, fill: { color: 'DCE6F1' } } })), ...rows], {
    x: 0.4, y: 0.9, w: 12.5, fontSize: 10, fontFace: DECK_FONT, border: { type: 'solid', color: 'BFBFBF', pt: 0.5 }, rowH: 0.3,
  });
  slide.addText(labels.caption, { x: 0.4, y: 7.0, w: 12.5, h: 0.4, fontSize: 10, color: '555555', fontFace: DECK_FONT });
  const data = (await pptx.write({ outputType: 'uint8array' })) as Uint8Array;
  return data;
}
