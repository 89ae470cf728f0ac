/**
 * Export builders shared by the CLI (Node) and the app (browser): CSV, XLSX and PPTX of a comparison
 * of 1..6 scenarios. Every builder returns bytes; writing them to disk or offering a download is the
 * caller's job, so nothing here touches Node built-ins or the DOM.
 *
 * ```ts
 * const comparison = compareScenarios([{ name, levers }, …]);
 * const bytes = await buildExport('xlsx', comparison, { lang: 'zh-CN', appVersion: '0.1.0', date: new Date() });
 * ```
 */
import type { Comparison } from '@model';
import { buildCsv } from './csv';
import type { ExportOptions } from './metadata';
import { buildPptx } from './pptx';
import type { ExportFormat } from './formats';
import { buildXlsx } from './xlsx';

/** Builds an export of `comparison` in `format`. */
export async function buildExport(format: ExportFormat, comparison: Comparison, options: ExportOptions): Promise<Uint8Array> {
  switch (format) {
    case 'csv':
      return buildCsv(comparison, options);
    case 'xlsx':
      return buildXlsx(comparison, options);
    case 'pptx':
      return buildPptx(comparison, options);
  }
}

export { EXPORT_FORMATS, EXPORT_MIME_TYPES, exportFormatOf, type ExportFormat } from './formats';
export { BOM, buildCsv, buildCsvText } from './csv';
export { chartSlides, type ChartMarker, type ChartPanel, type ChartSlide, type ChartSlideId } from './chart-specs';
export { axisMinimum, chartFinding } from './chart-findings';
export { keyMessage, type KeyFinding, type KeyMessage } from './key-message';
export { formatIndicator, formatIndicatorDiff, formatRelative, formatStatus, formatTarget } from './indicator-text';
export { argbColour, lighten, ooxmlColour, SCENARIO_PALETTE, scenarioColour, TARGET_COLOUR, type ScenarioColour } from './palette';
export { columnHeader, columnNumberFormat, exportColumns, type ExportColumnId } from './columns';
export { displayScale, toDisplay, type DisplayScale } from './display';
export { displayName, formatDate, formatSettingValue } from './format';
export { commonLabels, EXPORT_LANGS, exportLabels, isExportLang, type ExportLabels, type ExportLang } from './labels';
export { exportMetadata, type ChangedSetting, type ExportMetadata, type ExportOptions } from './metadata';
export { buildPptx, DECK_FONT, deckOutline, TABLE_FONT_SIZE, type DeckSlide, type HeadlineRowText } from './pptx';
export type { HeadlineCellText } from './deck-outline';
export { MAX_SHEET_NAME, safeSheetName, SheetNamer } from './sheet-names';
export { buildXlsx, DIFF_FORMATS, xlsxSheetNames, type XlsxSheetNames } from './xlsx';
