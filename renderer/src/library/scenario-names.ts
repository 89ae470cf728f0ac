/**
 * Names of open scenarios as the library keeps them: one text carrying both languages
 * ("近期趋势 · Recent trend"), checked before a rename, and the names of copies and new entries in
 * both languages, so a copy of a preset keeps its Chinese and its English name.
 */
import { type Localized, MAX_NAME_LENGTH } from '@model';
import { joinBilingual } from '@model';

/** The separator of the two language parts; a name part may not contain it. */
const SEPARATOR = ' · ';

/** What is wrong with a new name (a key of `rename.problems` in the library namespace). */
export type NameProblem = 'empty' | 'separator' | 'tooLong' | 'taken';

/** The name with each part trimmed; an empty English part takes the Chinese one. */
export function tidyName(name: Localized): Localized {
  const zh = name.zh.trim();
  const en = name.en.trim();
  return { zh, en: en === '' ? zh : en };
}

/**
 * Why `name` cannot be a scenario's name, or null if it can: the Chinese part is required, neither
 * part may hold the language separator, the stored text fits the file format, and no other library
 * entry has it (compared without regard to case, as the file names are). `own` is the entry's current
 * stored name, which the rename may keep.
 */
export function nameProblem(name: Localized, taken: readonly string[], own?: string): NameProblem | null {
  const tidy = tidyName(name);
  if (tidy.zh === '') return 'empty';
  if (tidy.zh.includes(SEPARATOR) || tidy.en.includes(SEPARATOR)) return 'separator';
  const joined = joinBilingual(tidy);
  if (joined.length > MAX_NAME_LENGTH) return 'tooLong';
  const key = joined.toLowerCase();
  if (taken.some((other) => other.toLowerCase() === key && other.toLowerCase() !== own?.toLowerCase())) return 'taken';
  return null;
}

/** Each language's text for the same template: the Chinese and the English fixed `t`. */
export interface BothLanguages {
  zh(key: string, options?: Record<string, unknown>): string;
  en(key: string, options?: Record<string, unknown>): string;
}

/** The scenario's name as shown, with its copy number in each language ("近期趋势（2）", "Recent trend (2)"). */
export function shownNames(name: Localized, copy: number, t: BothLanguages): Localized {
  if (copy <= 1) return name;
  return { zh: `${name.zh}${t.zh('names.copySuffix', { n: copy })}`, en: `${name.en}${t.en('names.copySuffix', { n: copy })}` };
}

/**
 * A copy's name: a name with both languages gets both ("近期趋势 副本", "Recent trend (copy)"); a name in
 * one language (the user's own) gets the copy word of the interface `language` only.
 */
export function copyNames(name: Localized, t: BothLanguages, language: 'zh-CN' | 'en'): Localized {
  if (name.zh === name.en) {
    const one = language === 'zh-CN' ? t.zh('names.copy', { name: name.zh }) : t.en('names.copy', { name: name.en });
    return { zh: one, en: one };
  }
  return { zh: t.zh('names.copy', { name: name.zh }), en: t.en('names.copy', { name: name.en }) };
}

/**
 * `name` as one stored text not yet taken by a library entry: as it is, else both parts numbered in
 * their own language ("近期趋势（2） · Recent trend (2)"), compared without regard to case.
 */
export function uniqueStoredName(name: Localized, taken: readonly string[], t: BothLanguages): string {
  const used = new Set(taken.map((other) => other.trim().toLowerCase()));
  let candidate = joinBilingual(name);
  for (let n = 2; used.has(candidate.trim().toLowerCase()); n++) {
    candidate = joinBilingual({ zh: t.zh('names.numbered', { name: name.zh, n }), en: t.en('names.numbered', { name: name.en, n }) });
  }
  return candidate;
}
