/**
 * The string resources shared by the app, the exports and the main process, one set per language:
 * `common` (the app's name, unit words), `export` (headers, sheet names, slide text of the exports)
 * and `menu` (the main process's menus and dialog titles). The renderer loads them into its i18next
 * instance beside its own namespaces; the exports and the main process read them directly, so a string
 * they share with the app is written once. Pure data access: no React, Electron or Node.
 *
 * The English file of each namespace defines its keys; each Chinese file is typed as its English twin,
 * so a key missing from Chinese is a compile error, and {@link missingKeys} finds a key missing from
 * either side at run time (for namespaces typed loosely, e.g. the renderer's).
 */
import type { Language } from '../host/contract';
import exportEn from '../export/labels.en.json';
import exportZh from '../export/labels.zh-CN.json';
import commonEn from './common/en.json';
import commonZh from './common/zh-CN.json';
import menuEn from './menu/en.json';
import menuZh from './menu/zh-CN.json';

export type { Language } from '../host/contract';

/** The app's name and the unit words every number format uses. */
export type CommonStrings = typeof commonEn;
/** The exports' labels (headers, sheet names, slide titles); placeholders are written `{name}`. */
export type ExportStrings = typeof exportEn;
/** The main process's menu labels and dialog titles. */
export type MenuStrings = typeof menuEn;

export interface SharedStrings {
  common: CommonStrings;
  export: ExportStrings;
  menu: MenuStrings;
}

export const SHARED_RESOURCES: Record<Language, SharedStrings> = {
  'zh-CN': { common: commonZh, export: exportZh, menu: menuZh },
  en: { common: commonEn, export: exportEn, menu: menuEn },
};

/** A namespace of the shared resources in `language`. */
export function sharedStrings<N extends keyof SharedStrings>(language: Language, namespace: N): SharedStrings[N] {
  return SHARED_RESOURCES[language][namespace];
}

/** Every key path of a resource tree ("units.persons"); an array counts as one leaf. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => keyPaths(v, prefix ? `${prefix}.${k}` : k));
  }
  return [prefix];
}

/**
 * The keys some language has and another lacks, as "language ns:key" (e.g. "en compare:values.beds"),
 * over every namespace of every language given. Empty when the languages agree.
 */
export function missingKeys(resources: Readonly<Record<string, Readonly<Record<string, unknown>>>>): string[] {
  const languages = Object.keys(resources);
  const all = new Set<string>();
  const byLanguage = new Map<string, Set<string>>();
  for (const language of languages) {
    const keys = new Set(Object.entries(resources[language]).flatMap(([ns, tree]) => keyPaths(tree).map((k) => `${ns}:${k}`)));
    byLanguage.set(language, keys);
    for (const k of keys) all.add(k);
  }
  return languages.flatMap((language) => [...all].filter((k) => !byLanguage.get(language)!.has(k)).sort().map((k) => `${language} ${k}`));
}
