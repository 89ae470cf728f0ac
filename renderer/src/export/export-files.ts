/**
 * File names, save-dialog filters and result messages of every export (pure; the strings come from
 * the 'exporting' namespace).
 */
import type { FileFilter, PrintPdfResult, SaveResult } from '../../../src/host/contract';
import { formatDate } from '../../../src/export/format';
import { safeFileStem } from '../../../src/host/safe-file-name';
import type { Language } from '../../../src/host/contract';
import type { ExportScenario, Translate } from './export-types';
import { displayName } from '../../../src/format';

/** The formats the export dialog offers: the three data builders and the PDF brief. */
export const EXPORT_DIALOG_FORMATS = ['xlsx', 'pptx', 'csv', 'pdf'] as const;
export type ExportDialogFormat = (typeof EXPORT_DIALOG_FORMATS)[number];
/** Every file type the app exports. */
export type ExportFileType = ExportDialogFormat | 'png';

/** The save dialog's filter for a file type: its name in the interface language and its extension. */
export function exportFilters(t: Translate, type: ExportFileType): FileFilter[] {
  return [{ name: t(`formats.${type}.filter`), extensions: [type] }];
}

/** `stem` made safe for every platform's file system, with the extension. */
export function withExtension(stem: string, type: ExportFileType): string {
  return `${safeFileStem(stem, 'export')}.${type}`;
}

/** The suggested name of a data export or PDF brief, e.g. "西青人口情景_近期趋势_2025-05-06.xlsx". */
export function exportFileName(t: Translate, type: Exclude<ExportFileType, 'png'>, scenarios: readonly ExportScenario[], language: Language, date: Date): string {
  const name = displayName(scenarios[0]?.name ?? '', language);
  const day = formatDate(date);
  if (type === 'pdf') return withExtension(t('fileName.brief', { name, date: day }), type);
  const stem = scenarios.length > 1 ? t('fileName.dataMany', { count: scenarios.length, date: day }) : t('fileName.data', { name, date: day });
  return withExtension(stem, type);
}

/** The suggested name of a chart image, e.g. "人口金字塔_近期趋势_2025-05-06_2x.png". */
export function chartFileName(t: Translate, title: string, scenarios: readonly ExportScenario[], language: Language, date: Date, scale: number): string {
  const name = scenarios.map((s) => displayName(s.name, language)).join('-');
  return withExtension(t('fileName.chart', { title, name, date: formatDate(date), scale }), 'png');
}

/** A message after an export: what was saved, that it was canceled, or why it failed. */
export interface ExportNotice {
  kind: 'info' | 'error';
  text: string;
}

/**
 * The notice for a host's answer. `keys` names the messages: `saved` ({{name}}), `canceled`,
 * `failed` ({{reason}}) and, for a browser's print dialog, `printed`.
 */
export function resultNotice(t: Translate, result: SaveResult | PrintPdfResult, keys: { saved: string; canceled: string; failed: string; printed?: string }): ExportNotice {
  switch (result.status) {
    case 'saved':
      return { kind: 'info', text: t(keys.saved, { name: result.name }) };
    case 'canceled':
      return { kind: 'info', text: t(keys.canceled) };
    case 'printed':
      return { kind: 'info', text: t(keys.printed ?? keys.saved, { name: '' }) };
    case 'error':
      return { kind: 'error', text: t(keys.failed, { reason: t(`translation:files.hostErrors.${result.kind}`, { defaultValue: result.message }) }) };
  }
}

/** The notice for an exception thrown while building an export. */
export function failureNotice(t: Translate, failedKey: string, error: unknown): ExportNotice {
  return { kind: 'error', text: t(failedKey, { reason: error instanceof Error ? error.message : String(error) }) };
}
