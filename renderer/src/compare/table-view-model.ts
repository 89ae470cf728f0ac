/**
 * The headline table as the page shows it: one group per indicator, one row per year, one column per
 * scenario; each cell the scenario's value and, after the baseline, its difference from the baseline
 * (absolute, in percentage points for shares, and relative). Every number comes from the model's
 * `headlineTable`; only formatting happens here.
 */
import type { HeadlineRow, HeadlineTable, HeadlineUnit, IndicatorId } from '@model';
import type { ViewContext } from '../charts/chart-view-model';
import { formatIndicatorDiff, formatIndicatorValue, formatRelative } from './compare-indicators';
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
}

export interface TableRow {
  year: number;
  cells: TableCell[];
}

export interface TableGroup {
  indicator: IndicatorId;
  unit: HeadlineUnit;
  label: string;
  rows: TableRow[];
}

export interface HeadlineTableViewModel {
  columns: (ComparedScenario & { baseline: boolean })[];
  years: number[];
  groups: TableGroup[];
  /** What the differences mean (the units of the relative column, pp for shares). */
  note: string;
}

function cellsOf(row: HeadlineRow, ctx: ViewContext): TableCell[] {
  const { t, format } = ctx;
  const unit: HeadlineUnit = row.unit;
  const diffs = row.kind === 'share' ? row.cells.map((c) => c.diffPoints) : row.cells.map((c) => c.diff);
  const cells: { value: number; relDiff: number | null }[] = row.cells;
  return cells.map((cell, i) => {
    const diff = diffs[i];
    const value = formatIndicatorValue(unit, cell.value, t, format);
    if (i === 0) return { value, diff: null, rel: null, direction: null, raw: { value: cell.value, diff, rel: cell.relDiff } };
    const diffText = formatIndicatorDiff(unit, diff, t, format);
    // "Same" when the shown difference rounds to zero, so the arrow never contradicts the figure.
    const direction = /[1-9]/.test(diffText) ? (diff > 0 ? 'up' : 'down') : 'same';
    return { value, diff: diffText, rel: formatRelative(cell.relDiff, t, format), direction, raw: { value: cell.value, diff, rel: cell.relDiff } };
  });
}

/** `scenarios[i]` is the table's scenario i (0 = baseline); `ctx.t` is the `compare` namespace. */
export function headlineTableViewModel(table: HeadlineTable, scenarios: readonly ComparedScenario[], ctx: ViewContext): HeadlineTableViewModel {
  const groups: TableGroup[] = table.indicators.map((indicator) => ({
    indicator: indicator.id,
    unit: indicator.unit,
    label: ctx.t(`indicators.${indicator.id}`),
    rows: table.rows
      .filter((row) => row.indicator === indicator.id)
      .map((row) => ({ year: row.year, cells: cellsOf(row, ctx) })),
  }));
  return {
    columns: scenarios.map((s, i) => ({ ...s, baseline: i === 0 })),
    years: [...table.years],
    groups,
    note: ctx.t('table.note'),
  };
}
