/**
 * The headline table as the page shows it: one group per indicator, one row per year, one column per
 * scenario; each cell the scenario's value and, after the baseline, its difference from the baseline
 * (absolute, in percentage points for shares, and relative). Every number comes from the model's
 * `headlineTable`; only formatting happens here.
 */
import { markerFor, markerStatus, type ObservationsFile, type ObservedField, type HeadlineRow, type HeadlineTable, type HeadlineUnit, type IndicatorId, type MarkerStatus, type TargetMarker, type TargetSet } from '@model';
import type { ViewContext } from '../charts/chart-view-model';
import { formatIndicator, formatIndicatorDiff, formatRelative } from '../../../src/format';
import type { ComparedScenario } from './series-view-model';

export interface TableCell {
  value: string;
  /** Absolute difference from the baseline (null in the baseline's column). */
  diff: string | null;
  /** Relative difference from the baseline (null in the baseline's column). */
  rel: string | null;
  /** Above, below or the same as the baseline (null in the baseline's column). */
  direction: 'up' | 'down' | 'same' | null;
  /** The model's numbers: the value, the absolute difference (pp for shares) and the relative one. */
  raw: { value: number; diff: number; rel: number | null };
  /** Against the row's target (null without one): met, above or below, worded with the gap. */
  status: { kind: MarkerStatus; text: string } | null;
}

export interface TableRow {
  year: number;
  /** The active target for this indicator and year, as the checklist words it; null without one. */
  target: string | null;
  cells: TableCell[];
}

export interface TableGroup {
  indicator: IndicatorId;
  unit: HeadlineUnit;
  label: string;
  /** The latest observed figure of the indicator up to the table's last year, worded as the editor's tile words it; null without one. */
  observed: string | null;
  rows: TableRow[];
}

/** The indicators the observations file holds a figure for. */
const OBSERVED_FIELD: Partial<Record<IndicatorId, ObservedField>> = {
  residents: 'residents', hukouPopulation: 'hukouPopulation', births: 'births', deaths: 'deaths',
};

/** "2023年实际 129.0万人": the latest observed year of `indicator` up to `upTo`. */
function observedText(indicator: IndicatorId, observed: Pick<ObservationsFile, 'observations'> | null | undefined, upTo: number, { t, format }: ViewContext): string | null {
  const field = OBSERVED_FIELD[indicator];
  if (!field || !observed) return null;
  const latest = observed.observations.filter((o) => o[field] !== undefined && o.year <= upTo).sort((a, b) => b.year - a.year)[0];
  return latest ? t('actuals:observed.tileActual', { year: latest.year, value: format.persons(latest[field]!) }) : null;
}

export interface HeadlineTableViewModel {
  columns: (ComparedScenario & { baseline: boolean })[];
  years: number[];
  groups: TableGroup[];
  /** What the differences mean (the units of the relative column, pp for shares). */
  note: string;
}

/** A target as the checklist words it: "约135.0万人（±1%）", "≥ 93.0%". */
function targetText(marker: TargetMarker, ctx: ViewContext): string {
  const { t, format } = ctx;
  const value = formatIndicator(marker.indicator, marker.value, format.language);
  if (marker.comparison === '≈') return t('table.targetAbout', { value }) + (marker.tolerance ? t('table.targetTolerance', { value: format.number(marker.tolerance * 100, 0) }) : '');
  return t(marker.comparison === '≥' ? 'table.targetAtLeast' : 'table.targetAtMost', { value });
}

function statusOf(marker: TargetMarker | undefined, unit: HeadlineUnit, value: number, ctx: ViewContext): TableCell['status'] {
  if (!marker) return null;
  const { status, gap } = markerStatus(marker, value);
  if (status === 'met') return { kind: status, text: ctx.t('table.met') };
  const { language } = ctx.format;
  const size = unit === 'share' ? formatIndicatorDiff(marker.indicator, Math.abs(gap), language) : formatIndicator(marker.indicator, Math.abs(gap), language);
  return { kind: status, text: ctx.t(`table.${status}`, { gap: size.replace(/^\+/, '') }) };
}

function cellsOf(row: HeadlineRow, ctx: ViewContext, sets?: readonly TargetSet[]): TableCell[] {
  const { language } = ctx.format;
  const unit: HeadlineUnit = row.unit;
  const marker = markerFor(row.indicator, row.year, sets);
  const diffs = row.kind === 'share' ? row.cells.map((c) => c.diffPoints) : row.cells.map((c) => c.diff);
  const cells: { value: number; relDiff: number | null }[] = row.cells;
  return cells.map((cell, i) => {
    const diff = diffs[i];
    const value = formatIndicator(row.indicator, cell.value, language);
    const status = statusOf(marker, unit, cell.value, ctx);
    if (i === 0) return { value, diff: null, rel: null, direction: null, raw: { value: cell.value, diff, rel: cell.relDiff }, status };
    // Shares' differences are held in percentage points; the shared formatting takes fractions.
    const diffText = formatIndicatorDiff(row.indicator, unit === 'share' ? diff / 100 : diff, language);
    // "Same" when the shown difference rounds to zero, so the arrow never contradicts the figure.
    const direction = /[1-9]/.test(diffText) ? (diff > 0 ? 'up' : 'down') : 'same';
    return { value, diff: diffText, rel: formatRelative(cell.relDiff, language), direction, raw: { value: cell.value, diff, rel: cell.relDiff }, status };
  });
}

/**
 * `scenarios[i]` is the table's scenario i (0 = baseline); `ctx.t` is the `compare` namespace; `sets`
 * the active target sets (the plan's when omitted); `observed` the observed figures, shown under their
 * indicator's name as the editor's tiles show them.
 */
export function headlineTableViewModel(
  table: HeadlineTable, scenarios: readonly ComparedScenario[], ctx: ViewContext, sets?: readonly TargetSet[], observed?: Pick<ObservationsFile, 'observations'> | null,
): HeadlineTableViewModel {
  const lastYear = Math.max(...table.years);
  const groups: TableGroup[] = table.indicators.map((indicator) => ({
    indicator: indicator.id,
    unit: indicator.unit,
    label: ctx.t(`indicators.${indicator.id}`),
    observed: observedText(indicator.id, observed, lastYear, ctx),
    rows: table.rows
      .filter((row) => row.indicator === indicator.id)
      .map((row) => {
        const marker = markerFor(row.indicator, row.year, sets);
        return { year: row.year, target: marker ? targetText(marker, ctx) : null, cells: cellsOf(row, ctx, sets) };
      }),
  }));
  return {
    columns: scenarios.map((s, i) => ({ ...s, baseline: i === 0 })),
    years: [...table.years],
    groups,
    note: ctx.t('table.note'),
  };
}
