/**
 * The app's number format: the shared implementation (src/export/number-format.ts, which the PDF brief
 * and the deck use too) with the unit words of the interface's locale files.
 */
import type { Language } from '../../../src/host/contract';
import { makeNumberFormat, type NumberFormat, type UnitStrings } from '../../../src/export/number-format';
import en from '../i18n/en.json';
import zh from '../i18n/zh-CN.json';

export type { NumberFormat, NumberParts, UnitStrings } from '../../../src/export/number-format';

const UNITS: Record<Language, UnitStrings> = { 'zh-CN': zh.units, en: en.units };

/** The number format for an interface language. */
export function numberFormat(language: Language): NumberFormat {
  return makeNumberFormat(language, UNITS[language]);
}
