/**
 * The workbook's uncertainty sheet: for each scenario, the percentiles 2.5–97.5 by year of residents,
 * the hukou population, the shares aged 60+ and 65+ and, with services, childcare places and care beds
 * — the charts' bands (the model's fast probabilistic runs, docs/uncertainty.md),
 * the probability of meeting each target of the active sets (default the plan's), and the one-line note on what the percentiles mean.
 */
import type ExcelJS from 'exceljs';
import { PERCENTILES, percentileKey, type Comparison, type IndicatorId, type TargetSet } from '@model';
import { BAND_INDICATORS, scenarioUncertainty } from './bands';
import { columnLabel, exportColumns } from './columns';
import { exportLabels, fillLabel, type ExportLang } from './labels';

/** A field's name in the header: the sheet's own short names where it has one, else the column's label. */
function fieldLabel(field: string, lang: ExportLang): string {
  const own: Readonly<Record<string, string>> = exportLabels(lang).uncertainty.fields;
  return own[field] ?? columnLabel(field as IndicatorId, lang);
}

/** Adds the sheet `name`; `runs` draws per scenario with the default seed (the same scenario, the same numbers). */
export function addUncertaintySheet(wb: ExcelJS.Workbook, name: string, comparison: Comparison, scenarioNames: readonly string[], runs: number, lang: ExportLang, targets?: readonly TargetSet[]): void {
  const results = scenarioUncertainty(comparison, runs, targets);
  const labels = exportLabels(lang).uncertainty;
  const ws = wb.addWorksheet(name);
  const columns: readonly string[] = exportColumns(comparison);
  const FIELDS = BAND_INDICATORS.filter((f) => columns.includes(f));
  ws.addRow([fillLabel(labels.note, { runs })]).font = { italic: true };
  comparison.scenarios.forEach((_, i) => {
    const result = results[i];
    ws.addRow([]);
    ws.addRow([scenarioNames[i]]).font = { bold: true, size: 12 };
    const header = [labels.year, ...FIELDS.flatMap((f) => PERCENTILES.map((p) => `${fieldLabel(f, lang)} ${percentileKey(p)}`))];
    const head = ws.addRow(header);
    head.font = { bold: true };
    result.years.forEach((year, t) => {
      const row = ws.addRow([year, ...FIELDS.flatMap((f) => PERCENTILES.map((p) => result.percentiles[f][t][percentileKey(p)]))]);
      FIELDS.forEach((f, j) => {
        for (let k = 0; k < PERCENTILES.length; k++) row.getCell(2 + j * PERCENTILES.length + k).numFmt = f.endsWith('Share') ? '0.0%' : '#,##0';
      });
    });
    for (const target of result.targets) {
      const row = ws.addRow([fillLabel(labels.probability, { target: target.id, year: target.year }), target.probability]);
      row.getCell(2).numFmt = '0%';
    }
  });
  ws.getColumn(1).width = 34;
  for (let c = 2; c <= 1 + FIELDS.length * PERCENTILES.length; c++) ws.getColumn(c).width = 13;
}
