/**
 * The plan-target checklist for a chosen year, from the model's `planTargetChecklist` rows: each
 * target of the plan, this scenario's value, the gap and whether it is met (the model decides, with
 * its tolerances). This file only words and formats them.
 */
import type { PlanTargetRow } from '@model';
import type { ViewContext } from '../charts/chart-view-model';
import { PLAN_YEAR } from './plan-targets';

export interface ChecklistItem {
  key: string;
  label: string;
  target: string;
  value: string;
  gap: string;
  met: boolean;
  /** The value is a scenario assumption (a norm), not a projected figure. */
  assumption: boolean;
}

export interface ChecklistViewModel {
  year: number;
  /** Years the checklist can be shown for. */
  years: number[];
  targetYear: number;
  items: ChecklistItem[];
}

const MINUS = '\u2212';

/** Formats a value in the target's unit: persons scaled as everywhere, shares as %, others with their unit. */
function valueFormatter(row: PlanTargetRow, { format }: ViewContext): { value(v: number): string; diff(v: number): string } {
  const zh = format.language === 'zh-CN';
  const signed = (text: string, v: number) => (v > 0 && /[1-9]/.test(text) ? `+${text}` : text.replace('-', MINUS));
  if (row.unit.en === 'persons') return { value: format.persons, diff: format.personsDiff };
  if (row.unit.en === '%') return { value: (v) => format.share(v), diff: (v) => format.pointsDiff(v) };
  const decimals = Number.isInteger(row.target) ? 1 : 2;
  const unit = zh ? row.unit.zh : row.unit.en;
  const withUnit = (v: number) => (zh ? `${format.number(v, decimals)}${unit}` : `${format.number(v, decimals)} ${unit}`);
  return { value: withUnit, diff: (v) => signed(withUnit(v), v) };
}

export function checklistViewModel(
  targetRows: readonly PlanTargetRow[],
  years: readonly number[],
  year: number,
  ctx: ViewContext,
): ChecklistViewModel {
  const { t, format } = ctx;
  const zh = format.language === 'zh-CN';
  const items = targetRows.map((row): ChecklistItem => {
    const f = valueFormatter(row, ctx);
    const target = f.value(row.target);
    const wording = row.comparison === '≈' ? 'checklist.about' : row.comparison === '≥' ? 'checklist.atLeast' : 'checklist.atMost';
    return {
      key: row.id,
      label: zh ? row.label.zh : row.label.en,
      target: t(wording, { value: target }) + (row.tolerance ? t('checklist.tolerance', { value: format.number(row.tolerance * 100, 0) }) : ''),
      value: f.value(row.value),
      gap: f.diff(row.gap),
      met: row.met,
      assumption: row.measure.kind === 'norm',
    };
  });
  return { year, years: years.filter((y) => y > years[0]), targetYear: PLAN_YEAR, items };
}
