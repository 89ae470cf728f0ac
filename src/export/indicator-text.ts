/**
 * A target and a scenario's standing against it, worded for the brief's and the deck's tables and
 * headlines. The figures in them are the shared indicator formatting (src/format), so on paper a figure
 * reads as it does on screen.
 */
import type { MarkerStatus, TargetMarker } from '@model';
import { formatIndicator, formatIndicatorDiff, numberFormat } from '../format';
import { exportLabels, fillLabel, type ExportLang } from './labels';

export { formatIndicator, formatIndicatorDiff, formatRelative } from '../format';

/** A target as the editor's checklist words it: "约135.0万人（±1%）", "≥ 93.0%". */
export function formatTarget(marker: TargetMarker, lang: ExportLang): string {
  const labels = exportLabels(lang).targets;
  const value = formatIndicator(marker.indicator, marker.value, lang);
  if (marker.comparison === '≈') {
    return fillLabel(marker.tolerance ? labels.aboutWithin : labels.about, { value, tolerance: numberFormat(lang).number((marker.tolerance ?? 0) * 100, 0) });
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
