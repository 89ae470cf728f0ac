/**
 * How an indicator is SHOWN in charts and slide tables (not in the data exports, which keep the model's
 * numbers): Chinese habits in Chinese (population in 万人), international habits in English (persons),
 * shares as percentages. A chart value is the model's value ÷ `scale`, rounded to `decimals`.
 */
import { INDICATORS, type IndicatorId } from '@model';
import { columnUnit } from './columns';
import { exportLabels, type ExportLang } from './labels';

/** Display scale of an indicator in a language. */
export interface DisplayScale {
  /** Shown value = model value ÷ scale (10,000 for 万人). */
  scale: number;
  /** Decimals written into chart data and shown in tables (for shares: of the fraction). */
  decimals: number;
  /** Unit shown on the axis and in table headers. */
  unit: string;
  /** Excel/PowerPoint number format of the value axis. */
  axisFormat: string;
  /** Whether the value is a share (shown as a percentage, differences in percentage points). */
  share: boolean;
}

/** Population totals, shown in 万人 in Chinese. */
const LARGE_TOTALS: ReadonlySet<string> = new Set(['residents', 'hukouPopulation', 'local', 'tianjin', 'outside']);

/** The display scale of `indicator` in `lang`. */
export function displayScale(indicator: IndicatorId, lang: ExportLang): DisplayScale {
  const { kind, percent } = INDICATORS[indicator];
  if (percent) return { scale: 1, decimals: 5, unit: '%', axisFormat: '0.0%', share: true };
  if (kind !== 'count') return { scale: 1, decimals: 3, unit: columnUnit(indicator, lang), axisFormat: '0.00', share: false };
  if (lang === 'zh-CN' && LARGE_TOTALS.has(indicator)) {
    return { scale: 10_000, decimals: 2, unit: exportLabels(lang).pptx.tenThousandPersons, axisFormat: '#,##0', share: false };
  }
  return { scale: 1, decimals: 0, unit: columnUnit(indicator, lang), axisFormat: '#,##0', share: false };
}

/** A model value in display units, rounded as written into chart data. */
export function toDisplay(value: number, scale: DisplayScale): number {
  const f = 10 ** scale.decimals;
  return Math.round((value / scale.scale) * f) / f;
}
