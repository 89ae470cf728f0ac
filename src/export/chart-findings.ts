/**
 * What a chart shows, said in one line: the headline above each chart slide of the deck (a finding,
 * not the chart's title repeated), and the value-axis rule the deck's charts follow.
 */
import { comparisonMarkers, indicatorSeries, markerStatus, type Comparison, type IndicatorId, type TargetSet } from '@model';
import { displayName } from './format';
import { formatIndicator, formatIndicatorDiff, formatTarget } from './indicator-text';
import { exportLabels, fillLabel, type ExportLang } from './labels';

/**
 * The finding of an indicator's chart:
 *  - when a target applies in a year the chart shows: which scenarios meet it (all, some, none — and
 *    then the closest), or for one scenario, its value against the target;
 *  - otherwise, for one scenario, its change from the first to the last year; for several, the
 *    highest and the lowest in the last year.
 * `targets`: the active target sets (default the plan's).
 */
export function chartFinding(comparison: Comparison, indicator: IndicatorId, label: string, lang: ExportLang, targets?: readonly TargetSet[]): string {
  const labels = exportLabels(lang).findings;
  const series = indicatorSeries(comparison, indicator);
  if (!series) throw new Error(`no series for ${indicator}`);
  const names = comparison.scenarios.map((s) => `“${displayName(s.name, lang)}”`);
  const fmt = (v: number) => formatIndicator(indicator, v, lang);
  const [marker] = comparisonMarkers(indicator, targets, series.years);
  if (marker) {
    const t = series.years.indexOf(marker.year);
    const standings = series.lines.map((line) => ({ name: names[line.scenarioIndex], value: line.values[t], ...markerStatus(marker, line.values[t]) }));
    const common = { label, year: marker.year, target: formatTarget(marker, lang) };
    if (standings.length === 1) {
      const [only] = standings;
      if (only.status === 'met') return fillLabel(labels.oneMet, { ...common, value: fmt(only.value) });
      return fillLabel(only.status === 'below' ? labels.oneBelow : labels.oneAbove, { ...common, value: fmt(only.value), gap: formatIndicatorDiff(indicator, Math.abs(only.gap), lang).replace(/^\+/, '') });
    }
    const met = standings.filter((s) => s.status === 'met');
    if (met.length === standings.length) return fillLabel(labels.allMet, common);
    if (met.length > 0) return fillLabel(labels.someMet, { ...common, list: met.map((s) => s.name).join(labels.listSeparator) });
    const closest = [...standings].sort((a, b) => Math.abs(a.gap) - Math.abs(b.gap))[0];
    return fillLabel(labels.noneMet, { ...common, name: closest.name, value: fmt(closest.value) });
  }
  const last = series.years.length - 1;
  const end = series.years[last];
  if (series.lines.length === 1) {
    const values = series.lines[0].values;
    return fillLabel(labels.change, {
      label, from: series.years[0], to: end, start: fmt(values[0]), end: fmt(values[last]), diff: formatIndicatorDiff(indicator, values[last] - values[0], lang),
    });
  }
  const byEnd = [...series.lines].sort((a, b) => b.values[last] - a.values[last]);
  const high = byEnd[0];
  const low = byEnd[byEnd.length - 1];
  return fillLabel(labels.range, {
    label, year: end, high: names[high.scenarioIndex], highValue: fmt(high.values[last]), low: names[low.scenarioIndex], lowValue: fmt(low.values[last]),
  });
}

/**
 * Where a deck chart's value axis starts, in display units (the documented rule): at 0 when the values
 * (targets included) spread over at least half of their largest value, or any is 0 or below — a zero
 * base then flattens nothing. Otherwise (population totals, shares that move a few points) the axis
 * starts at a round number below the smallest value, a quarter of the spread lower, so the differences
 * between scenarios and the distance to a target stay visible. Returns undefined for "start at 0".
 */
export function axisMinimum(values: readonly number[]): number | undefined {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return undefined;
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  if (lo <= 0 || (hi - lo) >= hi / 2) return undefined;
  const spread = hi - lo || hi * 0.05;
  const step = niceStep(spread / 4);
  const start = Math.floor((lo - spread / 4) / step) * step;
  return start > 0 ? Number(start.toPrecision(12)) : undefined;
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}
