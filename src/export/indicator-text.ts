/**
 * An indicator's value, difference and target as the app shows them (persons 129.3万人 / 1.293 M,
 * shares 19.4%, places 5,820个), for the brief's and the deck's tables and headlines. Built on the
 * shared number format, so on paper a figure reads as it does on screen.
 */
import { INDICATORS, type IndicatorId, type MarkerStatus, type TargetMarker } from '@model';
import { columnUnit } from './columns';
import { exportNumberFormat, MINUS } from './format';
import { exportLabels, fillLabel, type ExportLang } from './labels';

/** Prefixes + to a positive figure; one that rounds to zero (no digit 1–9) stays unsigned. */
function signed(text: string, value: number): string {
  return value > 0 && /[1-9]/.test(text) ? `+${text}` : text;
}

/** Whether an indicator counts persons (shown in 万人 / k / M) rather than places, beds or classes. */
function countsPersons(indicator: IndicatorId): boolean {
  return INDICATORS[indicator].unit.en === 'persons';
}

/** A value of `indicator` in the model's unit, as the app writes it. */
export function formatIndicator(indicator: IndicatorId, value: number, lang: ExportLang): string {
  const format = exportNumberFormat(lang);
  const { kind, percent } = INDICATORS[indicator];
  if (percent) return format.share(value);
  if (kind !== 'count') return format.number(value, 2);
  if (countsPersons(indicator)) return format.persons(value);
  const unit = columnUnit(indicator, lang);
  return lang === 'zh-CN' ? `${format.number(value)}${unit}` : `${format.number(value)} ${unit}`;
}

/** A difference of `indicator` (shares: a difference of fractions, shown in percentage points), signed with + or −. */
export function formatIndicatorDiff(indicator: IndicatorId, diff: number, lang: ExportLang): string {
  const format = exportNumberFormat(lang);
  const { kind, percent } = INDICATORS[indicator];
  if (percent) return format.pointsDiff(diff);
  if (kind === 'count' && countsPersons(indicator)) return format.personsDiff(diff);
  return signed(formatIndicator(indicator, diff, lang), diff).replace('-', MINUS);
}

/** A relative difference (a fraction) as a signed percentage: +5.2%, −0.8%. */
export function formatRelative(rel: number | null, lang: ExportLang): string {
  if (rel === null) return '—';
  const format = exportNumberFormat(lang);
  return `${signed(format.number(rel * 100, 1), rel)}%`;
}

/** A target as the editor's checklist words it: "约135.0万人（±1%）", "≥ 93.0%". */
export function formatTarget(marker: TargetMarker, lang: ExportLang): string {
  const labels = exportLabels(lang).targets;
  const value = formatIndicator(marker.indicator, marker.value, lang);
  if (marker.comparison === '≈') {
    return fillLabel(marker.tolerance ? labels.aboutWithin : labels.about, { value, tolerance: exportNumberFormat(lang).number((marker.tolerance ?? 0) * 100, 0) });
  }
  return fillLabel(marker.comparison === '≥' ? labels.atLeast : labels.atMost, { value });
}

/** A scenario's standing against a target: "✓ 达到目标", "低于目标 5.7万人". */
export function formatStatus(marker: TargetMarker, status: MarkerStatus, gap: number, lang: ExportLang): string {
  const labels = exportLabels(lang).targets;
  if (status === 'met') return labels.met;
  const size = formatIndicatorDiff(marker.indicator, Math.abs(gap), lang).replace(/^\+/, '');
  return fillLabel(status === 'below' ? labels.below : labels.above, { gap: size });
}
