/**
 * Names for copies of bilingual scenario names ("近期趋势延续 · Recent trend continued"); the splitting
 * and joining are the model's (splitBilingual, joinBilingual), shared with the exports and the CLI.
 */
import { joinBilingual, type Localized } from '@model';

/**
 * A copy's name that keeps both languages and is not yet taken: the preset's own name, else both parts
 * numbered alike ("近期趋势延续（2） · Recent trend continued (2)").
 */
export function uniqueBilingualName(name: Localized, taken: readonly string[], numbered: (base: string, n: number) => string): string {
  let candidate = joinBilingual(name);
  for (let n = 2; taken.includes(candidate); n++) candidate = joinBilingual({ zh: numbered(name.zh, n), en: numbered(name.en, n) });
  return candidate;
}
