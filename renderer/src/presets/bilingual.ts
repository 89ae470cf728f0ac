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

/** The two language parts as one preset-style name: "近期趋势延续 · Recent trend continued" (one part if they agree). */
export function joinBilingual(name: Localized): string {
  return name.zh === name.en ? name.zh : `${name.zh}${SEPARATOR}${name.en}`;
}

/**
 * A copy's name that keeps both languages and is not yet taken: the preset's own name, else both parts
 * numbered alike ("近期趋势延续（2） · Recent trend continued (2)").
 */
export function uniqueBilingualName(name: Localized, taken: readonly string[], numbered: (base: string, n: number) => string): string {
  let candidate = joinBilingual(name);
  for (let n = 2; taken.includes(candidate); n++) candidate = joinBilingual({ zh: numbered(name.zh, n), en: numbered(name.en, n) });
  return candidate;
}
