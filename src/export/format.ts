/**
 * Number and text formatting for the human-readable parts of the exports (lever values in metadata,
 * PPTX tables). Data cells keep the model's full numbers; only their display is formatted.
 */
import { pathPoints, type LeverSpec, type PathValue } from '@model';
import type { ExportLang } from './labels';

const formatters = new Map<string, Intl.NumberFormat>();

/** `value` with exactly `decimals` decimals and the language's digit grouping (no grouping for years). */
export function formatNumber(value: number, decimals: number, lang: ExportLang, grouping = true): string {
  const key = `${lang}|${decimals}|${grouping}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
    formatters.set(key, f);
  }
  return f.format(value);
}

/** A signed number with its sign always shown: "+1,234", "-1,234", "0". */
export function formatSigned(value: number, decimals: number, lang: ExportLang): string {
  const text = formatNumber(value, decimals, lang);
  if (/^-?0(\D0+)?$/.test(text)) return formatNumber(0, decimals, lang);
  return value > 0 ? `+${text}` : text;
}

/** What a lever or norm spec needs for display. */
export type DisplaySpec = Pick<LeverSpec, 'format' | 'decimals' | 'unit'>;

/**
 * A lever or norm value as shown on its card: shares (format 'percent', stored as fractions) as
 * "15%", years as "2035", other numbers with the spec's decimals and unit ("10,900 人/年").
 */
export function formatSettingValue(spec: DisplaySpec, value: PathValue, lang: ExportLang): string {
  // A per-year path: each listed year and its value (the value holds until the next listed year).
  if (typeof value !== 'number') return pathPoints(value).map(([y, v]) => `${y}: ${formatSettingValue(spec, v, lang)}`).join('; ');
  const unit = lang === 'zh-CN' ? spec.unit.zh : spec.unit.en;
  if (spec.format === 'percent') {
    const pct = formatNumber(value * 100, spec.decimals, lang);
    return unit.startsWith('%') ? `${pct}${unit}` : `${pct}% ${unit}`;
  }
  if (spec.format === 'year') return formatNumber(value, 0, lang, false);
  return `${formatNumber(value, spec.decimals, lang)} ${unit}`;
}

/** The Excel number format of a spec's stored value ('0%', '0.0%', '#,##0', '0.00', '0'). */
export function settingNumberFormat(spec: Pick<LeverSpec, 'format' | 'decimals'>): string {
  const decimals = spec.decimals > 0 ? `.${'0'.repeat(spec.decimals)}` : '';
  if (spec.format === 'percent') return `0${decimals}%`;
  if (spec.format === 'year') return '0';
  return `#,##0${decimals}`;
}

const BILINGUAL_SEPARATOR = ' · ';

/**
 * A scenario name in the export's language. Preset names carry both languages, Chinese first
 * ("近期趋势延续 · Recent trend continued"); a name without the separator is used as is.
 */
export function displayName(name: string, lang: ExportLang): string {
  const at = name.lastIndexOf(BILINGUAL_SEPARATOR);
  if (at < 0) return name;
  const part = lang === 'zh-CN' ? name.slice(0, at) : name.slice(at + BILINGUAL_SEPARATOR.length);
  return part.trim() || name;
}

/** The export date as YYYY-MM-DD (local calendar date). */
export function formatDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
