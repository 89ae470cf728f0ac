/**
 * The export label tables (headers, sheet names, slide titles) in each export language. The strings
 * live in labels.zh-CN.json and labels.en.json; this file only types and selects them.
 */
import en from './labels.en.json';
import zh from './labels.zh-CN.json';

/** The languages an export can be written in. */
export const EXPORT_LANGS = ['zh-CN', 'en'] as const;
export type ExportLang = (typeof EXPORT_LANGS)[number];

/** The shape of a label table (the English file is the reference; the Chinese one must match it). */
export type ExportLabels = typeof en;

const zhLabels: ExportLabels = zh;

/** The label table of a language. */
export function exportLabels(lang: ExportLang): ExportLabels {
  return lang === 'zh-CN' ? zhLabels : en;
}

/** Whether `value` names an export language. */
export function isExportLang(value: string): value is ExportLang {
  return (EXPORT_LANGS as readonly string[]).includes(value);
}

/** Replaces `{key}` placeholders in a label. */
export function fillLabel(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
