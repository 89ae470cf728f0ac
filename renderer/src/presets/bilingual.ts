/**
 * Preset files carry both languages in one field, Chinese first: "近期趋势延续 · Recent trend
 * continued". A text without the separator is used for both languages.
 */
import type { Localized } from '@model';

const SEPARATOR = ' · ';

export function splitBilingual(text: string): Localized {
  const at = text.lastIndexOf(SEPARATOR);
  if (at < 0) return { zh: text, en: text };
  return { zh: text.slice(0, at).trim(), en: text.slice(at + SEPARATOR.length).trim() };
}
