/**
 * The main process's own strings (menu labels, dialog titles) in each language: the `menu` namespace of
 * the resources the app and the exports share (src/i18n), so the menu and the app read from one set.
 */
import type { Language } from '../../src/host/contract';
import { SHARED_RESOURCES, type MenuStrings } from '../../src/i18n/resources';
import languageNames from './locales/language-names.json';

export type MainStrings = MenuStrings;

export const MAIN_STRINGS: Record<Language, MainStrings> = { 'zh-CN': SHARED_RESOURCES['zh-CN'].menu, en: SHARED_RESOURCES.en.menu };

/** Each language's name in itself, so the switch reads right whatever the current language. */
export const LANGUAGE_NAMES: Record<Language, string> = languageNames;
