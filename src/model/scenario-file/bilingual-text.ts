/**
 * Scenario names and descriptions carry both languages in one field, Chinese first, split at the last
 * " · " ("近期趋势延续 · Recent trend continued"); a text without the separator serves both languages.
 * The one splitter and joiner for the model (fitted-scenario names), the app, the exports and the CLI.
 */
import type { Localized } from '../xiqing/levers/lever-spec';

export const BILINGUAL_SEPARATOR = ' · ';

/** The Chinese and English parts of a bilingual text, each trimmed; null when it has no separator. */
export function bilingualParts(text: string): Localized | null {
  const at = text.lastIndexOf(BILINGUAL_SEPARATOR);
  if (at < 0) return null;
  return { zh: text.slice(0, at).trim(), en: text.slice(at + BILINGUAL_SEPARATOR.length).trim() };
}

/** Both language parts of a text; a one-language text (or an empty part) stands for both. */
export function splitBilingual(text: string): Localized {
  const parts = bilingualParts(text);
  return { zh: parts?.zh || text, en: parts?.en || text };
}

/** The two parts as one field, Chinese first; one part when they agree. */
export function joinBilingual(text: Localized): string {
  return text.zh === text.en ? text.zh : `${text.zh}${BILINGUAL_SEPARATOR}${text.en}`;
}
