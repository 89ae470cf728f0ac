/**
 * Observed figures in the exports: their own columns in CSV and XLSX (`observedResidents` …, the
 * same value on every scenario's row of that year), and their own series in the deck's and brief's
 * charts of residents, hukou population, births and deaths.
 */
import { type ObservationsFile, OBSERVED_FIELDS, observedColumn, type ObservedField } from '@model';
import type { ExportLang } from './labels';

/** The observations an export carries (none: the export is as before). */
export type ExportObserved = Pick<ObservationsFile, 'name' | 'observations'>;

const LABELS: Readonly<Record<ExportLang, Record<ObservedField, string>>> = {
  'zh-CN': { residents: '常住人口（实际）', hukouPopulation: '户籍人口（实际）', births: '出生人口（实际）', deaths: '死亡人口（实际）' },
  en: { residents: 'Resident population (observed)', hukouPopulation: 'Hukou population (observed)', births: 'Births (observed)', deaths: 'Deaths (observed)' },
};
const PERSONS: Readonly<Record<ExportLang, string>> = { 'zh-CN': '（人）', en: ' (persons)' };

/** An observed figure's name in a language, e.g. "常住人口（实际）". */
export const observedLabel = (field: ObservedField, lang: ExportLang): string => LABELS[lang][field];

/** The observed columns an export adds: only figures observed in at least one year. */
export function observedFields(observed: ExportObserved | undefined): ObservedField[] {
  if (!observed) return [];
  return OBSERVED_FIELDS.filter((f) => observed.observations.some((o) => o[f] !== undefined));
}

/** Column id (as in the CLI's --observed output) and header with unit. */
export function observedColumnHeader(field: ObservedField, lang: ExportLang): { id: string; header: string } {
  return { id: observedColumn(field), header: `${LABELS[lang][field]}${PERSONS[lang]}` };
}

/** The observed value of `field` at the end of `year`, or undefined. */
export function observedAt(observed: ExportObserved | undefined, year: number, field: ObservedField): number | undefined {
  return observed?.observations.find((o) => o.year === year)?.[field];
}

/** The observed figure shown with an indicator's chart, if any. */
export function observedFieldOf(indicator: string): ObservedField | undefined {
  return (OBSERVED_FIELDS as readonly string[]).includes(indicator) ? (indicator as ObservedField) : undefined;
}
