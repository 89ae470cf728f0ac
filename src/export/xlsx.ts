/**
 * XLSX export (exceljs): a comparison sheet (the headline table with differences from the baseline),
 * one sheet per scenario with every indicator by year, and a metadata sheet (app, version, date, data
 * vintage, scenarios, every lever value per scenario with its label, unit, source and grade). Header
 * rows are in the export's language and frozen with the first column(s); number formats come from the
 * indicator registry (persons '#,##0', shares '0.00%', rates '0.000'). Cells hold the model's numbers at full precision. Scenario
 * headers are filled (and scenario sheet tabs coloured) with the app's scenario colours; every sheet
 * prints landscape, one page wide.
 */
import ExcelJS from 'exceljs';
import { type Comparison, DEFAULT_LEVERS, DEFAULT_NORMS, type HeadlineRow, headlineTable, indicatorValue, LEVER_IDS, LEVER_SPECS, type LeverSpec, NORM_IDS, NORM_SPECS, type PathValue } from '@model';
import { addUncertaintySheet } from './uncertainty-sheet';
import { columnHeader, columnLabel, columnNumberFormat, columnUnit, exportColumns } from './columns';
import { observedAt, observedColumnHeader, observedFields, type ExportObserved } from './observed';
import { displayName, formatSettingValue, settingNumberFormat } from './format';
import { exportLabels, type ExportLabels, type ExportLang } from './labels';
import { exportMetadata, type ExportMetadata, type ExportOptions } from './metadata';
import { argbColour, scenarioColour } from './palette';
import { SheetNamer } from './sheet-names';
import { addTargetsSection } from './targets-export';
import { addSensitivitySheet } from './sensitivity-export';

/** Number formats of the comparison sheet's difference columns. */
export const DIFF_FORMATS = {
  count: '+#,##0;-#,##0;0',
  points: '+0.00;-0.00;0.00',
  relative: '+0.00%;-0.00%;0.00%',
} as const;

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F1' } };

/** Printing: landscape, every column on one page width (as many pages tall as it takes). */
const FIT_TO_WIDTH: Partial<ExcelJS.PageSetup> = { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };

/** A scenario's header cell: filled with its colour (the app's), white bold text. */
function styleScenarioHeader(cell: ExcelJS.Cell, colour: string): void {
  cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbColour(colour) } };
  cell.font = { bold: true, color: { argb: 'FFFFFFFF' } };
}

function styleHeaderRow(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
}

/** The sheet names of an export, in workbook order (also used by tests and the docs). */
export interface XlsxSheetNames {
  comparison: string;
  scenarios: string[];
  metadata: string;
}

/** The names the workbook's sheets get. */
export function xlsxSheetNames(comparison: Comparison, lang: ExportLang): XlsxSheetNames {
  const labels = exportLabels(lang);
  const namer = new SheetNamer();
  const comparisonName = namer.next(labels.xlsx.comparisonSheet);
  const metadata = namer.next(labels.xlsx.metadataSheet);
  const scenarios = comparison.scenarios.map((s, i) => namer.next(displayName(s.name, lang), `${i + 1}`));
  return { comparison: comparisonName, scenarios, metadata };
}

function addComparisonSheet(wb: ExcelJS.Workbook, name: string, comparison: Comparison, meta: ExportMetadata, lang: ExportLang, colours?: readonly string[]): void {
  const labels = exportLabels(lang);
  const table = headlineTable(comparison);
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 3, ySplit: 2 }], pageSetup: { ...FIT_TO_WIDTH, printTitlesRow: '1:2' } });
  const others = meta.scenarioNames.slice(1);
  const top = [labels.xlsx.indicator, labels.xlsx.unit, labels.xlsx.year, meta.scenarioNames[0] + labels.baselineMark];
  const sub = ['', '', '', labels.xlsx.value];
  for (const other of others) {
    top.push(other, other, other);
    sub.push(labels.xlsx.value, labels.xlsx.diff, labels.xlsx.relDiff);
  }
  ws.addRow(top);
  ws.addRow(sub);
  for (let c = 1; c <= 3; c++) ws.mergeCells(1, c, 2, c);
  others.forEach((_, k) => ws.mergeCells(1, 5 + 3 * k, 1, 7 + 3 * k));
  styleHeaderRow(ws.getRow(1));
  styleHeaderRow(ws.getRow(2));
  styleScenarioHeader(ws.getCell(1, 4), scenarioColour(0, colours));
  others.forEach((_, k) => styleScenarioHeader(ws.getCell(1, 5 + 3 * k), scenarioColour(k + 1, colours)));
  ws.getColumn(1).width = 34;
  ws.getColumn(2).width = 16;
  ws.getColumn(3).width = 8;
  for (let c = 4; c <= 3 + 1 + 3 * others.length; c++) ws.getColumn(c).width = 16;
  for (const row of table.rows) addComparisonRow(ws, row, labels, lang);
}

function addComparisonRow(ws: ExcelJS.Worksheet, row: HeadlineRow, labels: ExportLabels, lang: ExportLang): void {
  const unit = row.kind === 'share' ? labels.xlsx.sharePointsUnit : columnUnit(row.indicator, lang);
  const cells: (number | string | null)[] = [columnLabel(row.indicator, lang), unit, row.year];
  const formats: string[] = ['@', '@', '0'];
  const push = (value: number | null, format: string) => {
    cells.push(value);
    formats.push(format);
  };
  if (row.kind === 'share') {
    row.cells.forEach((cell, i) => {
      push(cell.value, columnNumberFormat(row.indicator));
      if (i === 0) return;
      push(cell.diffPoints, DIFF_FORMATS.points);
      push(cell.relDiff, DIFF_FORMATS.relative);
    });
  } else {
    row.cells.forEach((cell, i) => {
      push(cell.value, columnNumberFormat(row.indicator));
      if (i === 0) return;
      push(cell.diff, DIFF_FORMATS.count);
      push(cell.relDiff, DIFF_FORMATS.relative);
    });
  }
  const added = ws.addRow(cells);
  formats.forEach((f, i) => {
    if (f !== '@') added.getCell(i + 1).numFmt = f;
  });
}

function addScenarioSheet(wb: ExcelJS.Workbook, name: string, comparison: Comparison, index: number, lang: ExportLang, colours?: readonly string[], observed?: ExportObserved): void {
  const columns = exportColumns(comparison);
  const seen = observedFields(observed);
  const result = comparison.scenarios[index];
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }],
    pageSetup: { ...FIT_TO_WIDTH, printTitlesRow: '1:1' },
    properties: { tabColor: { argb: argbColour(scenarioColour(index, colours)) } },
  });
  ws.columns = [
    ...columns.map((id) => ({
      header: columnHeader(id, lang),
      key: id,
      width: id === 'year' ? 8 : 16,
      style: { numFmt: columnNumberFormat(id) },
    })),
    // Observed figures: their own columns after the model's, empty in years without an observation.
    ...seen.map((f) => ({ ...observedColumnHeader(f, lang), width: 16, style: { numFmt: '#,##0' } }))
      .map(({ id, header, width, style }) => ({ header, key: id, width, style })),
  ];
  for (const row of result.rows) {
    ws.addRow([
      ...columns.map((id) => (id === 'year' ? row.year : indicatorValue(result, id, row.year) ?? null)),
      ...seen.map((f) => observedAt(observed, row.year, f) ?? null),
    ]);
  }
  const header = ws.getRow(1);
  styleHeaderRow(header);
  header.height = 48;
}

function cellValue(spec: Pick<LeverSpec, 'unit' | 'format' | 'decimals'>, v: PathValue, lang: ExportLang): number | string {
  return typeof v === 'number' ? v : formatSettingValue(spec, v, lang);
}

function addSettingsTable(
  ws: ExcelJS.Worksheet,
  title: string,
  entries: readonly { id: string; spec: Pick<LeverSpec, 'label' | 'unit' | 'source' | 'format' | 'decimals'>; defaultValue: PathValue; values: PathValue[] }[],
  meta: ExportMetadata,
  labels: ExportLabels,
  lang: ExportLang,
): void {
  ws.addRow([]);
  ws.addRow([title]).font = { bold: true, size: 12 };
  const header = ws.addRow([
    labels.xlsx.setting, labels.xlsx.id, labels.xlsx.unit, labels.xlsx.defaultValue,
    ...meta.scenarioNames, labels.xlsx.source, labels.xlsx.grade, labels.xlsx.reference,
  ]);
  styleHeaderRow(header);
  const zh = lang === 'zh-CN';
  for (const e of entries) {
    const row = ws.addRow([
      // A per-year path is written as text ("2021: …; 2025: …"); numbers stay numbers with the spec's format.
      zh ? e.spec.label.zh : e.spec.label.en, e.id, zh ? e.spec.unit.zh : e.spec.unit.en, cellValue(e.spec, e.defaultValue, lang),
      ...e.values.map((v) => cellValue(e.spec, v, lang)), zh ? e.spec.source.text.zh : e.spec.source.text.en, e.spec.source.grade, e.spec.source.ref,
    ]);
    const format = settingNumberFormat(e.spec);
    for (let c = 4; c <= 4 + e.values.length; c++) row.getCell(c).numFmt = format;
    row.alignment = { vertical: 'top', wrapText: true };
  }
}

function addMetadataSheet(wb: ExcelJS.Workbook, name: string, comparison: Comparison, meta: ExportMetadata, options: ExportOptions): void {
  const { lang } = options;
  const labels = exportLabels(lang);
  const ws = wb.addWorksheet(name, { pageSetup: FIT_TO_WIDTH });
  ws.addRow([meta.appName]).font = { bold: true, size: 14 };
  ws.addRow([labels.csv.version, meta.appVersion]);
  ws.addRow([labels.csv.exportDate, meta.date]);
  ws.addRow([labels.csv.dataVintage, meta.dataVintage]);
  ws.addRow([labels.csv.notes, labels.valueNotes]);
  ws.addRow([labels.xlsx.grade, labels.xlsx.gradeNote]);
  ws.addRow([]);
  ws.addRow([labels.xlsx.scenarios]).font = { bold: true, size: 12 };
  styleHeaderRow(ws.addRow([labels.xlsx.number, labels.xlsx.name, labels.xlsx.description]));
  comparison.scenarios.forEach((s, i) => {
    const mark = i === 0 ? labels.baselineMark : '';
    ws.addRow([i + 1, meta.scenarioNames[i] + mark, s.description]).alignment = { vertical: 'top', wrapText: true };
  });
  const levers = LEVER_IDS.map((id) => ({
    id, spec: LEVER_SPECS[id], defaultValue: DEFAULT_LEVERS[id], values: comparison.scenarios.map((s) => s.levers[id]),
  }));
  addSettingsTable(ws, labels.xlsx.levers, levers, meta, labels, lang);
  if (comparison.hasServices) {
    const norms = NORM_IDS.map((id) => ({
      id, spec: NORM_SPECS[id], defaultValue: DEFAULT_NORMS[id], values: comparison.scenarios.map((s) => s.norms[id]),
    }));
    addSettingsTable(ws, labels.xlsx.norms, norms, meta, labels, lang);
  }
  addTargetsSection(ws, options.targets, lang, styleHeaderRow);
  ws.getColumn(1).width = 44;
  ws.getColumn(2).width = 26;
  ws.getColumn(3).width = 16;
  for (let c = 4; c <= 4 + comparison.scenarios.length; c++) ws.getColumn(c).width = 16;
  ws.getColumn(5 + comparison.scenarios.length).width = 60;
  ws.getColumn(7 + comparison.scenarios.length).width = 30;
}

/** The workbook as .xlsx bytes. */
export async function buildXlsx(comparison: Comparison, options: ExportOptions): Promise<Uint8Array> {
  const { lang } = options;
  const meta = exportMetadata(comparison, options);
  const names = xlsxSheetNames(comparison, lang);
  const wb = new ExcelJS.Workbook();
  wb.creator = `${meta.appName} ${meta.appVersion}`;
  wb.created = options.date;
  wb.modified = options.date;
  wb.title = meta.scenarioNames.join(' / ');
  addComparisonSheet(wb, names.comparison, comparison, meta, lang, options.colours);
  comparison.scenarios.forEach((_, i) => addScenarioSheet(wb, names.scenarios[i], comparison, i, lang, options.colours, options.observed));
  addMetadataSheet(wb, names.metadata, comparison, meta, options);
  if (options.uncertaintyRuns) {
    addUncertaintySheet(wb, exportLabels(lang).uncertainty.sheet, comparison, meta.scenarioNames, options.uncertaintyRuns, lang, options.targets);
  }
  if (options.sensitivity) addSensitivitySheet(wb, exportLabels(lang).bands.sensitivitySheet, comparison, options.sensitivity, lang);
  const data: unknown = await wb.xlsx.writeBuffer();
  if (data instanceof Uint8Array) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  throw new Error('exceljs returned neither bytes nor an ArrayBuffer');
}
