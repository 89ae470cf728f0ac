/**
 * The indicator columns of the data exports (CSV, XLSX scenario sheets): the model's report columns
 * (`REPORT_COLUMNS`: the indicator columns, then the service-demand fields not already among them,
 * less `under3`) —
 * or only the indicator columns when service demand is left out — each with the kind of value it
 * holds (which decides its number format). Demographic labels come from the export label tables;
 * service labels from the service layer's own field specs.
 */
import {
  type Comparison,
  type IndicatorId,
  isServiceIndicator,
  REPORT_COLUMNS,
  SCENARIO_COLUMNS,
  SERVICE_FIELDS,
  type ServiceFieldSpec,
} from '@model';
import { exportLabels, fillLabel, type ExportLabels, type ExportLang } from './labels';

/** A data column: `year` or an indicator. */
export type ExportColumnId = 'year' | IndicatorId;

/**
 * What a column holds: persons, places, beds, classes (`count`), a fraction 0..1 (`share`), a rate such
 * as births per woman or men per woman (`rate`), another level such as years of life or of schooling
 * (`level`), or a calendar year.
 */
export type ValueKind = 'count' | 'share' | 'rate' | 'level' | 'year';

const RATES: ReadonlySet<string> = new Set(['tfr', 'tfrFirst', 'tfrSecond', 'tfrThirdPlus', 'sexRatio']);
const LEVELS: ReadonlySet<string> = new Set(['e0', 'medianAge']);
const SHARES: ReadonlySet<string> = new Set(['oldAgeDependency', 'totalDependency']);

const serviceSpec = (id: string): ServiceFieldSpec | undefined => SERVICE_FIELDS.find((f) => f.id === id);

/**
 * The report's columns less `under3`, which repeats `age0to2` (same number, same label): a spreadsheet
 * header with two identical names breaks filters and pivot tables.
 */
const REPORT_EXPORT_COLUMNS = REPORT_COLUMNS.filter((c) => c !== 'under3') as ExportColumnId[];

/** The kind of value a column holds. */
export function valueKind(id: ExportColumnId): ValueKind {
  if (id === 'year') return 'year';
  if (isServiceIndicator(id)) return serviceSpec(id)?.kind ?? 'count';
  if (RATES.has(id)) return 'rate';
  if (LEVELS.has(id)) return 'level';
  if (id.endsWith('Share') || SHARES.has(id)) return 'share';
  return 'count';
}

/** Excel number formats by kind: persons '#,##0', shares '0.00%', rates '0.000'. */
export const NUMBER_FORMATS: Readonly<Record<ValueKind, string>> = {
  count: '#,##0',
  share: '0.00%',
  rate: '0.000',
  level: '0.00',
  year: '0',
};

/** The columns of a comparison's data exports, `year` first. */
export function exportColumns(comparison: Comparison): ExportColumnId[] {
  return comparison.hasServices ? REPORT_EXPORT_COLUMNS : [...SCENARIO_COLUMNS];
}

type DemographicLabelId = keyof ExportLabels['indicators'];

/** A column's label and unit in a language. */
export function columnText(id: ExportColumnId, lang: ExportLang): { label: string; unit: string } {
  const labels = exportLabels(lang);
  if (id in labels.indicators) return labels.indicators[id as DemographicLabelId];
  const spec = serviceSpec(id);
  if (!spec) throw new Error(`no label for column ${id}`);
  return lang === 'zh-CN' ? { label: spec.label.zh, unit: spec.unit.zh } : { label: spec.label.en, unit: spec.unit.en };
}

/** A column's header in a language: label and unit, e.g. "常住人口（人）". */
export function columnHeader(id: ExportColumnId, lang: ExportLang): string {
  const { label, unit } = columnText(id, lang);
  return id === 'year' ? label : fillLabel(exportLabels(lang).withUnit, { label, unit });
}

/** A column's label without its unit. */
export function columnLabel(id: ExportColumnId, lang: ExportLang): string {
  return columnText(id, lang).label;
}

/** A column's unit. */
export function columnUnit(id: ExportColumnId, lang: ExportLang): string {
  return columnText(id, lang).unit;
}
