/**
 * The export label tables (headers, sheet names, slide titles) in each export language: the `export`
 * namespace of the resources shared with the app and the main process (src/i18n). The strings live in
 * labels.zh-CN.json and labels.en.json; the app's name and unit words are in the shared `common` namespace.
 */
import { LANGUAGES, type Language } from '../host/contract';
import { sharedStrings, type CommonStrings, type ExportStrings } from '../i18n/resources';

/** The languages an export can be written in: the app's. */
export const EXPORT_LANGS = LANGUAGES;
export type ExportLang = Language;

/** The shape of a label table (the English file is the reference; the Chinese one must match it). */
export type ExportLabels = ExportStrings;

/** The label table of a language. */
export function exportLabels(lang: ExportLang): ExportLabels {
  return sharedStrings(lang, 'export');
}

/** The app's name and unit words in a language (shared with the app). */
export function commonLabels(lang: ExportLang): CommonStrings {
  return sharedStrings(lang, 'common');
}

/** Whether `value` names an export language. */
export function isExportLang(value: string): value is ExportLang {
  return (EXPORT_LANGS as readonly string[]).includes(value);
}

/** Replaces `{key}` placeholders in a label. */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
