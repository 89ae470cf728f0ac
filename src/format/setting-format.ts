/**
 * Lever and norm values as text (lever cards, tooltips, the method table, what differs, captions, the
 * exports' assumption tables and metadata, the CLI): shares (format 'percent', stored as fractions 0–1)
 * ×100 before their "%" unit, years without grouping, other numbers with the spec's decimals and unit,
 * spaced by the one rule of {@link withUnit}: "25,000人/年", "25,000 persons/year", "30%", "2035".
 */
import { pathChanges, type LeverSpec, type Localized, type PathValue, type YearPath } from '@model';
import type { Language } from '../host/contract';
import { fixed, withUnit } from './numbers';

/** What formatting needs of a lever or norm spec (norms have the same shape, another chapter). */
export type DisplaySpec = Pick<LeverSpec, 'format' | 'decimals' | 'unit'>;

/** The text of a spec field ({ zh, en }) in a language. */
export function localized(text: Localized, language: Language): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

/** A stored number as the spec displays it, without the unit: "25,000", "30" (a share ×100), "2035". */
function displayNumber(spec: DisplaySpec, stored: number, language: Language): string {
  const scale = spec.format === 'percent' ? 100 : 1;
  return fixed(language, stored * scale, spec.format === 'year' ? 0 : spec.decimals, spec.format !== 'year');
}

/**
 * A lever or norm value with its unit: "13,500人/年", "13,500 persons/year", "30%", "2035"; a per-year
 * path as its changes (see {@link formatSettingPath}).
 */
export function formatSettingValue(spec: DisplaySpec, value: PathValue, language: Language): string {
  if (typeof value !== 'number') return formatSettingPath(spec, value, language);
  const number = displayNumber(spec, value, language);
  return spec.format === 'year' ? number : withUnit(language, number, localized(spec.unit, language));
}

/**
 * A per-year path in words: each year where the value changes and the value from then on, the unit
 * written once at the end ("2021 12,000 → 2023 8,000 → 2025 10,000人/年"); shares keep their "%" at every
 * point. Each year is joined to its value by a no-break space, so a long path wraps after an arrow, never
 * between a year and its value. A path with one value reads like that number.
 */
export function formatSettingPath(spec: DisplaySpec, path: YearPath, language: Language): string {
  const changes = pathChanges(path);
  if (changes.length === 0) return '';
  if (changes.length === 1) return formatSettingValue(spec, changes[0][1], language);
  const last = changes.length - 1;
  return changes
    .map(([year, value], i) => {
      const text =
        i === last ? formatSettingValue(spec, value, language) : `${displayNumber(spec, value, language)}${spec.format === 'percent' ? '%' : ''}`;
      return `${year}\u00a0${text}`;
    })
    .join(' → ');
}
