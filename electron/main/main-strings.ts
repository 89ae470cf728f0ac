/**
 * The main process's own strings (menu labels, dialog titles) in each language. The English table
 * defines the keys; the type makes a missing Chinese key a compile error.
 */
import type { Language } from '../../src/host/contract';
import en from './locales/en.json';
import languageNames from './locales/language-names.json';
import zhCN from './locales/zh-CN.json';

export type MainStrings = typeof en;

export const MAIN_STRINGS: Record<Language, MainStrings> = { 'zh-CN': zhCN, en };

/** Each language's name in itself, so the switch reads right whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = languageNames;
