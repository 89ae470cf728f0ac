/**
 * The active target sets in the data exports: a table in the workbook's metadata sheet and metadata
 * lines in the CSV, so a file says which targets its charts, tables and probabilities were read
 * against (the plan's, or a set the user made, e.g. draft targets for 2030).
 */
import type ExcelJS from 'exceljs';
import { PLAN_TARGET_SET, type PlanTarget, type TargetSet } from '@model';
import { exportLabels, fillLabel, type ExportLang } from './labels';

/** The active sets (default the plan's). */
export const activeSets = (sets: readonly TargetSet[] | undefined): readonly TargetSet[] => sets ?? [PLAN_TARGET_SET];

const label = (t: PlanTarget, lang: ExportLang) => (lang === 'zh-CN' ? t.label.zh : t.label.en);
const unit = (t: PlanTarget, lang: ExportLang) => (lang === 'zh-CN' ? t.unit.zh : t.unit.en);

/** A target's value as text: the kind's sign, the value (shares in %), its unit and tolerance. */
export function targetText(t: PlanTarget, lang: ExportLang): string {
  const value = t.share ? `${Number((t.target * 100).toPrecision(10))}%` : `${t.target.toLocaleString('en-US', { maximumFractionDigits: 4 })}${lang === 'zh-CN' ? '' : ' '}${unit(t, lang)}`;
  const sign = t.kind === 'about' ? '≈' : t.kind === 'atLeast' ? '≥' : '≤';
  const band = t.kind === 'about' && t.tolerance ? ` (±${Number((t.tolerance * 100).toPrecision(10))}%)` : '';
  return `${sign} ${value}${band}`;
}

/** The workbook's target tables: per active set, its name and a row per target. */
export function addTargetsSection(ws: ExcelJS.Worksheet, sets: readonly TargetSet[] | undefined, lang: ExportLang, styleHeader: (row: ExcelJS.Row) => void): void {
  const labels = exportLabels(lang).targetSet;
  for (const set of activeSets(sets)) {
    ws.addRow([]);
    ws.addRow([`${labels.name}: ${set.name}`]).font = { bold: true, size: 12 };
    styleHeader(ws.addRow(labels.header));
    for (const t of set.targets) {
      const row = ws.addRow([label(t, lang), t.year, t.target, labels.kinds[t.kind], t.tolerance ?? null, targetText(t, lang), t.source]);
      row.getCell(3).numFmt = t.share ? '0.0%' : '#,##0.##';
      row.getCell(5).numFmt = '0.0%';
      row.alignment = { vertical: 'top', wrapText: true };
    }
  }
}

/** The CSV's metadata lines on the targets: `# 目标集,"name"` then one line per target. */
export function targetLines(sets: readonly TargetSet[] | undefined, lang: ExportLang, metaLine: (key: string, value: string) => string): string[] {
  const labels = exportLabels(lang).targetSet;
  return activeSets(sets).flatMap((set) => [
    metaLine(labels.name, set.name),
    ...set.targets.map((t) => metaLine(fillLabel(labels.csvLine, { label: label(t, lang), year: t.year }), [targetText(t, lang), t.source].filter(Boolean).join(' · '))),
  ]);
}
