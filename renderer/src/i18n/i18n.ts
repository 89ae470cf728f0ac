/**
 * i18next with every locale file bundled (the app is offline: nothing is fetched): the renderer's own
 * namespaces and the ones it shares with the exports and the main process (src/i18n: `common`, `export`,
 * `menu`), so a string the app and a file or menu both show is written once. zh-CN is the default; the
 * host's settings remember the user's choice.
 */
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../src/host/contract';
import { SHARED_RESOURCES } from '../../../src/i18n/resources';
import actualsEn from './actuals/en.json';
import actualsZh from './actuals/zh-CN.json';
import areasEn from './areas/en.json';
import areasZh from './areas/zh-CN.json';
import compareEn from './compare/en.json';
import compareZh from './compare/zh-CN.json';
import en from './en.json';
import exportingEn from './exporting/en.json';
import exportingZh from './exporting/zh-CN.json';
import goalSeekEn from './goal-seek/en.json';
import goalSeekZh from './goal-seek/zh-CN.json';
import libraryEn from './library/en.json';
import libraryZh from './library/zh-CN.json';
import uncertaintyEn from './uncertainty/en.json';
import uncertaintyZh from './uncertainty/zh-CN.json';
import walkthroughEn from './walkthrough/en.json';
import walkthroughZh from './walkthrough/zh-CN.json';
import zh from './zh-CN.json';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

/**
 * One namespace per feature (its own pair of files), so features can grow their strings
 * independently; `translation` is the shell, editor and results; `common`, `export` and `menu` are the
 * shared ones.
 */
export const RESOURCES = {
  'zh-CN': { translation: zh, areas: areasZh, library: libraryZh, compare: compareZh, exporting: exportingZh, walkthrough: walkthroughZh, goalSeek: goalSeekZh, actuals: actualsZh, uncertainty: uncertaintyZh, ...SHARED_RESOURCES['zh-CN'] },
  en: { translation: en, areas: areasEn, library: libraryEn, compare: compareEn, exporting: exportingEn, walkthrough: walkthroughEn, goalSeek: goalSeekEn, actuals: actualsEn, uncertainty: uncertaintyEn, ...SHARED_RESOURCES.en },
} as const;

/** Creates and initialises the app's i18next instance in `language`. */
export async function createI18n(language: Language = DEFAULT_LANGUAGE): Promise<I18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: RESOURCES,
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // The app's name and the unit words live in the shared `common` namespace: t('app.name') finds them.
    fallbackNS: 'common',
    // React escapes what it renders; escaping here too would show &amp; in labels.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return instance;
}

/** The Language of an i18next language code (anything unknown falls back to the default). */
export function asLanguage(code: string | undefined): Language {
  return code === 'en' ? 'en' : 'zh-CN';
}
