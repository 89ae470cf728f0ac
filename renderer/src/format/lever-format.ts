/**
 * Lever values between their stored unit (shares as fractions 0..1) and what the card shows
 * (shares ×100), plus parsing what a user types into a number box.
 */
import type { Language } from '../../../src/host/contract';
import { pathChanges, type LeverSpec, type PathValue, type YearPath } from '@model';

/** What formatting needs of a lever or norm spec (norms have the same shape, another chapter). */
export type ValueSpec = Pick<LeverSpec, 'format' | 'decimals' | 'min' | 'max' | 'step' | 'unit'>;

/** Language-appropriate text of a spec field ({ zh, en }). */
export function localized(text: { zh: string; en: string }, language: Language): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

const scaleOf = (spec: ValueSpec) => (spec.format === 'percent' ? 100 : 1);

/** Rounds away binary noise (0.013 × 100 = 1.3000000000000003). */
function roundTo(value: number, decimals: number): number {
  return Number(value.toFixed(Math.max(0, Math.min(12, decimals))));
}

/** The stored value in display units, rounded to the spec's decimals. */
export function toDisplay(spec: ValueSpec, stored: number): number {
  return roundTo(stored * scaleOf(spec), spec.decimals);
}

/** A display value back in stored units; percentages keep two more decimals as fractions. */
export function fromDisplay(spec: ValueSpec, display: number): number {
  const scale = scaleOf(spec);
  return roundTo(display / scale, spec.decimals + (scale === 100 ? 2 : 0));
}

/** min, max and step in display units (what the slider and number box use). */
export function displayRange(spec: ValueSpec): { min: number; max: number; step: number } {
  const scale = scaleOf(spec);
  const decimals = spec.decimals + 2;
  return { min: roundTo(spec.min * scale, decimals), max: roundTo(spec.max * scale, decimals), step: roundTo(spec.step * scale, decimals) };
}

/** The display value as text for the number box: fixed decimals, no grouping (so it parses back). */
export function displayText(spec: ValueSpec, stored: number): string {
  return toDisplay(spec, stored).toFixed(spec.decimals);
}

const formatters = new Map<string, Intl.NumberFormat>();
/** Intl formatters are costly to build and every slider move formats a value: keep one per style. */
function numberFormatter(language: Language, decimals: number, grouping: boolean): Intl.NumberFormat {
  const key = `${language}|${decimals}|${grouping}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(language === 'zh-CN' ? 'zh-CN' : 'en', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // A calendar year is never written 2,035.
      useGrouping: grouping,
    });
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A value with its unit for reading (tooltips, the method table, what differs, captions): "13,500人/年",
 * "13,500 persons/year", "30%"; a per-year path as its changes, "2021 −8,000 → 2025 10,000人/年".
 */
export function formatLeverValue(spec: ValueSpec, stored: PathValue, language: Language): string {
  if (typeof stored !== 'number') return formatPath(spec, stored, language);
  const number = numberFormatter(language, spec.decimals, spec.format !== 'year').format(toDisplay(spec, stored));
  const unit = localized(spec.unit, language);
  if (spec.format === 'year') return number;
  // Chinese writes units tight (13,500人/年); English spaces them, except for %.
  return language === 'zh-CN' || unit.startsWith('%') ? `${number}${unit}` : `${number} ${unit}`;
}

/**
 * A per-year path in words: each year where the value changes and the value from then on, the unit
 * written once at the end ("2021 12,000 → 2023 8,000 → 2025 10,000人/年", each year joined to its value
 * by a no-break space; shares keep their % sign at
 * every point). A path with one value reads like that number.
 */
export function formatPath(spec: ValueSpec, path: YearPath, language: Language): string {
  const changes = pathChanges(path);
  if (changes.length === 0) return '';
  if (changes.length === 1) return formatLeverValue(spec, changes[0][1], language);
  const last = changes.length - 1;
  return changes
    .map(([year, value], i) => {
      const text =
        i === last
          ? formatLeverValue(spec, value, language)
          : `${numberFormatter(language, spec.decimals, spec.format !== 'year').format(toDisplay(spec, value))}${spec.format === 'percent' ? '%' : ''}`;
      // A true minus sign reads better than a hyphen between arrows; a no-break space keeps each year
      // with its value when the text wraps (it wraps after an arrow instead).
      return `${year}\u00a0${text.replace(/^-/, '\u2212')}`;
    })
    .join(' → ');
}

/**
 * Parses what a user typed in display units. Accepts grouping commas, spaces, full-width digits and
 * signs (Chinese input methods produce them) and a trailing %; returns NaN if it is not a number.
 */
export function parseDisplayInput(text: string): number {
  const halfWidth = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\uFF0E|\u3002/g, '.')
    .replace(/\uFF0D|\u2212/g, '-')
    .replace(/[\s,\uFF0C%\uFF05]/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(halfWidth)) return Number.NaN;
  return Number(halfWidth);
}

/** Brings a display value into the spec's range and precision (the number box commits this). */
export function clampDisplay(spec: ValueSpec, display: number): number {
  const { min, max } = displayRange(spec);
  const integer = spec.format === 'year' || spec.decimals === 0;
  const rounded = integer ? Math.round(display) : roundTo(display, spec.decimals);
  return Math.min(max, Math.max(min, rounded));
}
