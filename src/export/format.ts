/**
 * Number and text formatting for the human-readable parts of the exports (lever values in metadata,
 * PPTX tables). Data cells keep the model's full numbers; only their display is formatted.
 */
import { pathChanges, type LeverSpec, type PathValue, type YearPath } from '@model';
import { exportLabels, type ExportLang } from './labels';
import { makeNumberFormat, type NumberFormat } from './number-format';

/** The minus sign of figures: a true minus, as in the app. */
export const MINUS = '\u2212';

const numberFormats = new Map<ExportLang, NumberFormat>();

/** The app's number format (persons in 万人 / k / M, shares in %, true minus) with the export's unit words. */
export function exportNumberFormat(lang: ExportLang): NumberFormat {
  let f = numberFormats.get(lang);
  if (!f) {
    f = makeNumberFormat(lang, exportLabels(lang).units);
    numberFormats.set(lang, f);
  }
  return f;
}

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

/** A signed number with its sign always shown, minus as "−": "+1,234", "−1,234", "0". */
export function formatSigned(value: number, decimals: number, lang: ExportLang): string {
  const text = formatNumber(value, decimals, lang);
  if (/^-?0(\D0+)?$/.test(text)) return formatNumber(0, decimals, lang);
  return value > 0 ? `+${text}` : text.replace('-', MINUS);
}

/** What a lever or norm spec needs for display. */
export type DisplaySpec = Pick<LeverSpec, 'format' | 'decimals' | 'unit'>;

/**
 * A lever or norm value as shown on its card: shares (format 'percent', stored as fractions) as
 * "15%", years as "2035", other numbers with the spec's decimals and unit ("10,900 人/年"); a per-year
 * path as the years where it changes, the unit once at the end ("2021 12,000 → 2025 10,000 人/年").
 */
export function formatSettingValue(spec: DisplaySpec, value: PathValue, lang: ExportLang): string {
  if (typeof value !== 'number') return formatSettingPath(spec, value, lang);
  const unit = lang === 'zh-CN' ? spec.unit.zh : spec.unit.en;
  if (spec.format === 'percent') {
    const pct = formatNumber(value * 100, spec.decimals, lang);
    return unit.startsWith('%') ? `${pct}${unit}` : `${pct}% ${unit}`;
  }
  if (spec.format === 'year') return formatNumber(value, 0, lang, false);
  return `${formatNumber(value, spec.decimals, lang)} ${unit}`;
}

/** A per-year path in words (see {@link formatSettingValue}); listed years that repeat the value before them are left out. */
function formatSettingPath(spec: DisplaySpec, path: YearPath, lang: ExportLang): string {
  const changes = pathChanges(path);
  if (changes.length <= 1) return changes.length ? formatSettingValue(spec, changes[0][1], lang) : '';
  const last = changes.length - 1;
  return changes
    .map(([year, v], i) => {
      const text =
        i === last
          ? formatSettingValue(spec, v, lang)
          : spec.format === 'percent'
            ? `${formatNumber(v * 100, spec.decimals, lang)}%`
            : formatNumber(v, spec.decimals, lang, spec.format !== 'year');
      return `${year} ${text.replace(/^-/, '\u2212')}`;
    })
    .join(' → ');
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
