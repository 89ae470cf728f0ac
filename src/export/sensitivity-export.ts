/**
 * The tornado in the exports: the baseline scenario's sensitivity (the model's `sensitivity`: each
 * lever alone at its plausible low and high, docs/uncertainty.md) as a workbook sheet with the numbers
 * and as a deck slide with a native bar chart, largest swing on top, the note on what it shows beside it.
 */
import type ExcelJS from 'exceljs';
import { LEVER_SPECS, sensitivity, type Comparison, type IndicatorId, type SensitivityResult } from '@model';
import { columnLabel, columnNumberFormat } from './columns';
import { displayScale, toDisplay, type DisplayScale } from './display';
import { formatSettingValue } from './format';
import { formatIndicator } from './indicator-text';
import { exportLabels, fillLabel, type ExportLang } from './labels';

/** Which tornado to export: an indicator in a year (the editor's default: residents in 2025). */
export interface SensitivityRequest {
  indicator: IndicatorId;
  year: number;
}

/** At most this many bars on the slide (as in the editor); the sheet lists every lever that moves it. */
export const SLIDE_BARS = 12;

const cache = new WeakMap<Comparison, { key: string; result: SensitivityResult }>();

/** The baseline's tornado (the first scenario's values), computed by the model once per comparison. */
export function baselineSensitivity(comparison: Comparison, request: SensitivityRequest): SensitivityResult {
  const key = `${request.indicator}@${request.year}`;
  const hit = cache.get(comparison);
  if (hit?.key === key) return hit.result;
  const base = comparison.scenarios[0];
  const result = sensitivity({ levers: base.levers, norms: base.norms }, request.indicator, request.year);
  cache.set(comparison, { key, result });
  return result;
}

const leverLabel = (id: keyof typeof LEVER_SPECS, lang: ExportLang) => (lang === 'zh-CN' ? LEVER_SPECS[id].label.zh : LEVER_SPECS[id].label.en);

/** The workbook's sensitivity sheet: title, the scenario's value, the note, a row per lever (largest swing first). */
export function addSensitivitySheet(wb: ExcelJS.Workbook, name: string, comparison: Comparison, request: SensitivityRequest, lang: ExportLang): void {
  const labels = exportLabels(lang).bands;
  const result = baselineSensitivity(comparison, request);
  const indicator = columnLabel(request.indicator, lang);
  const ws = wb.addWorksheet(name);
  ws.addRow([fillLabel(labels.sensitivityTitle, { indicator, year: result.year })]).font = { bold: true, size: 12 };
  ws.addRow([fillLabel(labels.sensitivityBase, { value: formatIndicator(request.indicator, result.base, lang) })]);
  ws.addRow([labels.sensitivityNote]).font = { italic: true };
  ws.addRow([]);
  const header = ws.addRow(labels.sensitivityHeader);
  header.font = { bold: true };
  const format = columnNumberFormat(request.indicator);
  for (const bar of result.levers.filter((b) => b.swing > 0)) {
    const spec = LEVER_SPECS[bar.id];
    const row = ws.addRow([leverLabel(bar.id, lang), formatSettingValue(spec, bar.low, lang), formatSettingValue(spec, bar.high, lang), bar.atLow, bar.atHigh, bar.swing]);
    for (const c of [4, 5, 6]) row.getCell(c).numFmt = format;
  }
  ws.getColumn(1).width = 36;
  for (let c = 2; c <= 6; c++) ws.getColumn(c).width = 16;
}

/** The deck's tornado slide as data (display units: differences from the scenario's value). */
export interface SensitivitySlide {
  title: string;
  chartTitle: string;
  display: DisplayScale;
  /** Lever label with its range, bottom bar first (a bar chart's categories run upwards). */
  categories: string[];
  low: { name: string; values: number[] };
  high: { name: string; values: number[] };
  note: string;
}

/** The tornado slide of the baseline. */
export function sensitivitySlide(comparison: Comparison, request: SensitivityRequest, lang: ExportLang): SensitivitySlide {
  const labels = exportLabels(lang).bands;
  const result = baselineSensitivity(comparison, request);
  const bars = result.levers.filter((b) => b.swing > 0).slice(0, SLIDE_BARS).reverse();
  const display = displayScale(request.indicator, lang);
  const indicator = columnLabel(request.indicator, lang);
  const top = bars.length ? leverLabel(bars[bars.length - 1].id, lang) : '—';
  const range = (id: keyof typeof LEVER_SPECS, v: number) => formatSettingValue(LEVER_SPECS[id], v, lang);
  return {
    title: fillLabel(labels.sensitivitySlide, { indicator, year: result.year, top }),
    chartTitle: fillLabel(labels.sensitivityTitle, { indicator, year: result.year }),
    display,
    categories: bars.map((b) => `${leverLabel(b.id, lang)} (${range(b.id, b.low)} – ${range(b.id, b.high)})`),
    low: { name: labels.sensitivityLow, values: bars.map((b) => toDisplay(b.atLow - result.base, display)) },
    high: { name: labels.sensitivityHigh, values: bars.map((b) => toDisplay(b.atHigh - result.base, display)) },
    note: `${fillLabel(labels.sensitivityBase, { value: formatIndicator(request.indicator, result.base, lang) })} ${labels.sensitivityNote}`,
  };
}
