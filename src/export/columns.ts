/**
 * The indicator columns of the data exports (CSV, XLSX scenario sheets): the model's report columns
 * (the year, every indicator of the registry) less `under3` — or only the demographic columns when
 * service demand is left out. Labels, units and number formats are the registry's.
 */
import { type Comparison, INDICATORS, type IndicatorId, REPORT_COLUMNS, SCENARIO_COLUMNS, spreadsheetFormat } from '@model';
import { exportLabels, fillLabel, type ExportLang } from './labels';

/** A data column: `year` or an indicator. */
export type ExportColumnId = 'year' | IndicatorId;

/**
 * The report's columns less `under3`, which repeats `age0to2` (same number, same label): a spreadsheet
 * header with two identical names breaks filters and pivot tables.
 */
const REPORT_EXPORT_COLUMNS = REPORT_COLUMNS.filter((c) => c !== 'under3');

/** The columns of a comparison's data exports, `year` first. */
export function exportColumns(comparison: Comparison): ExportColumnId[] {
  return comparison.hasServices ? [...REPORT_EXPORT_COLUMNS] : [...SCENARIO_COLUMNS];
}

/** The spreadsheet number format of a column's cells (from the indicator's kind and decimals). */
export function columnNumberFormat(id: ExportColumnId): string {
  return id === 'year' ? '0' : spreadsheetFormat(INDICATORS[id]);
}

/** A column's label and unit in a language. */
export function columnText(id: ExportColumnId, lang: ExportLang): { label: string; unit: string } {
  if (id === 'year') return exportLabels(lang).yearColumn;
  const { label, unit } = INDICATORS[id];
  return lang === 'zh-CN' ? { label: label.zh, unit: unit.zh } : { label: label.en, unit: unit.en };
}

/** A column's header in a language: label and unit, e.g. "常住人口（人）". */
export function columnHeader(id: ExportColumnId, lang: ExportLang): string {
  const { label, unit } = columnText(id, lang);
  return id === 'year' ? label : fillLabel(exportLabels(lang).withUnit, { label, unit });
}

/** A column's label without its unit. */
export function columnLabel(id: ExportColumnId, lang: ExportLang): string {
  return columnText(id, lang).label;
}

/** A column's unit. */
export function columnUnit(id: ExportColumnId, lang: ExportLang): string {
  return columnText(id, lang).unit;
}
