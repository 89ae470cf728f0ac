/**
 * The 95% and 80% bands of one output as chart series, to put before the line they surround (bands
 * are drawn behind lines and bars whatever their position: order 5).
 */
import type { ProbabilisticResult } from '@model';
import type { Series } from './chart-view-model';

/** A colour `#rrggbb` with an alpha (0..1) as `#rrggbbaa`. */
export function withAlpha(color: string, alpha: number): string {
  return `${color}${Math.round(alpha * 255).toString(16).padStart(2, '0')}`;
}

/**
 * The two bands of `field` for the chart's `years`; none if there is no result or the field is not
 * in it. Labels name the range ("80%", "95%") after `label`.
 */
export function bandSeries(
  result: ProbabilisticResult | null | undefined,
  field: string,
  years: readonly number[],
  key: string,
  label: string,
  color: string,
): Series[] {
  const sets = result?.percentiles[field];
  if (!result || !sets) return [];
  const at = (year: number) => sets[result.years.indexOf(year)];
  const pick = (p: 'p2.5' | 'p10' | 'p90' | 'p97.5') => years.map((y) => at(y)?.[p] ?? null);
  return [
    { key: `${key}Band95`, label: `${label} 95%`, kind: 'band', color: withAlpha(color, 0.1), data: pick('p97.5'), lower: pick('p2.5') },
    { key: `${key}Band80`, label: `${label} 80%`, kind: 'band', color: withAlpha(color, 0.2), data: pick('p90'), lower: pick('p10') },
  ];
}
