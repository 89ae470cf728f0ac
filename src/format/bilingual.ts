/** Scenario names and descriptions in one language (the splitting itself is the model's, shared with the CLI). */
import { splitBilingual } from '@model';
import type { Language } from '../host/contract';
import { localized } from './setting-format';

/**
 * A bilingual text's part in `language`: "近期趋势延续 · Recent trend continued" reads "Recent trend
 * continued" in English; a text with one language only is used as is.
 */
export function displayName(text: string, language: Language): string {
  return localized(splitBilingual(text), language);
}
