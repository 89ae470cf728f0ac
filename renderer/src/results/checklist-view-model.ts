/**
 * The target checklist for a chosen year, from the model's `targetChecklist` rows: each target of the
 * active set, this scenario's value, the gap and where it stands (the model decides: met, or above /
 * below, by the target's kind). This file only words and formats them.
 */
import type { PlanTargetRow, TargetKind, TargetStatus } from '@model';
import { localized, signed, withUnit } from '../../../src/format';
import type { ViewContext } from '../charts/chart-view-model';
import { PLAN_YEAR } from './plan-targets';

export interface ChecklistItem {
  key: string;
  label: string;
  target: string;
  value: string;
  gap: string;
  met: boolean;
  status: TargetStatus;
  /** The status in words: met, above/below the band (about), not reached (at least), over the limit (at most). */
  statusText: string;
  /** Outside an "about" band (neither a shortfall nor a breach of a limit: shown apart from "not reached"). */
  offBand: boolean;
  /** The value is a scenario assumption (a norm), not a projected figure. */
  assumption: boolean;
}

export interface ChecklistViewModel {
  year: number;
  /** Years the checklist can be shown for. */
  years: number[];
  /** The target year shared by every row, or null when the rows' target years differ (each target then says its year). */
  targetYear: number | null;
  items: ChecklistItem[];
}

/** Formats a value in the target's unit: persons scaled as everywhere, shares as %, others with their unit. */
function valueFormatter(row: PlanTargetRow, { format }: ViewContext): { value(v: number): string; diff(v: number): string } {
  if (row.unit.en === 'persons') return { value: format.persons, diff: format.personsDiff };
  if (row.unit.en === '%') return { value: (v) => format.share(v), diff: (v) => format.pointsDiff(v) };
  const decimals = Number.isInteger(row.target) ? 1 : 2;
  const unit = localized(row.unit, format.language);
  const text = (v: number) => withUnit(format.language, format.number(v, decimals), unit);
  return { value: text, diff: (v) => signed(text(v), v) };
}

/** The i18n key (actuals namespace) for a status of a target of `kind`. */
export function statusKey(kind: TargetKind, status: TargetStatus): string {
  if (status === 'met') return 'actuals:status.met';
  if (kind === 'about') return status === 'above' ? 'actuals:status.aboutAbove' : 'actuals:status.aboutBelow';
  return kind === 'atLeast' ? 'actuals:status.atLeastBelow' : 'actuals:status.atMostAbove';
}

export function checklistViewModel(
  targetRows: readonly PlanTargetRow[],
  years: readonly number[],
  year: number,
  ctx: ViewContext,
): ChecklistViewModel {
  const { t, format } = ctx;
  const zh = format.language === 'zh-CN';
  const targetYears = new Set(targetRows.map((r) => r.targetYear));
  const sharedYear = targetYears.size === 1 ? [...targetYears][0] : targetYears.size === 0 ? PLAN_YEAR : null;
  const items = targetRows.map((row): ChecklistItem => {
    const f = valueFormatter(row, ctx);
    const target = f.value(row.target);
    const wording = row.kind === 'about' ? 'checklist.about' : row.kind === 'atLeast' ? 'checklist.atLeast' : 'checklist.atMost';
    const yearNote = sharedYear === null ? t('checklist.targetYear', { year: row.targetYear }) : '';
    return {
      key: row.id,
      label: zh ? row.label.zh : row.label.en,
      target: t(wording, { value: target }) + (row.tolerance ? t('checklist.tolerance', { value: format.number(row.tolerance * 100, 0) }) : '') + yearNote,
      value: f.value(row.value),
      gap: f.diff(row.gap),
      met: row.met,
      status: row.status,
      statusText: t(statusKey(row.kind, row.status)),
      offBand: row.kind === 'about' && row.status !== 'met',
      assumption: row.measure.kind === 'norm',
    };
  });
  return { year, years: years.filter((y) => y > years[0]), targetYear: sharedYear, items };
}
