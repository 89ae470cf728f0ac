/**
 * Text outputs of a scenario run for the CLI and exports: JSON `{ scenario, years: [row, …] }` and CSV
 * with one row per year. Both list the same columns, in {@link SCENARIO_COLUMNS} order.
 */
import type { PathValue } from '../levers/year-path';
import type { IndicatorRow } from './indicators';
import { DEMOGRAPHIC_INDICATOR_IDS } from '../../indicators/indicator-registry';

/** Output columns without service demand: the year and the demographic indicators, in the registry's order. */
export const SCENARIO_COLUMNS: readonly ('year' | keyof IndicatorRow)[] = ['year', ...DEMOGRAPHIC_INDICATOR_IDS];

/** A row of numbers keyed by column (indicator rows, optionally joined with more columns). */
export type OutputRow = object;

/** What the outputs say about the scenario. */
export interface ScenarioOutputMeta {
  name: string;
  description?: string;
  /** Lever values that differ from the defaults (path levers may hold per-year paths). */
  levers?: Readonly<Record<string, PathValue>>;
}

/** Picks `columns` from each row, in order. */
function pick(rows: readonly OutputRow[], columns: readonly string[]): Record<string, number>[] {
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, number>)[c]])));
}

/** The label of the census point in CSV (its `year` cell) and docs. */
export const CENSUS_POINT_LABEL = 'census-2020-11-01';

/**
 * JSON text: `{ "scenario": { "name", "description", "levers" }, "census": { … }, "years": [ { "year": 2020, … }, … ] }`.
 * Rows are at 31 December of `year`; `census` is the census point (1 November 2020; flows null).
 * Persons as counts, shares as fractions 0–1, years as numbers; full double precision.
 */
export function scenarioToJson(
  meta: ScenarioOutputMeta,
  rows: readonly OutputRow[],
  columns: readonly string[] = SCENARIO_COLUMNS,
  census?: OutputRow,
): string {
  const body = census ? { scenario: meta, census: { ...pick([census], columns)[0], date: '2020-11-01' }, years: pick(rows, columns) } : { scenario: meta, years: pick(rows, columns) };
  return JSON.stringify(body, null, 1) + '\n';
}

/**
 * CSV text: a header of the columns, then (if given) the census point with `year` = {@link CENSUS_POINT_LABEL}
 * and empty cells for what a point in time does not have, then one row per year at 31 December.
 */
export function scenarioToCsv(rows: readonly OutputRow[], columns: readonly string[] = SCENARIO_COLUMNS, census?: OutputRow): string {
  const lines = [columns.join(',')];
  const cell = (v: number): string => (Number.isFinite(v) ? String(v) : '');
  if (census) lines.push(columns.map((c) => (c === 'year' ? CENSUS_POINT_LABEL : cell((census as Record<string, number>)[c]))).join(','));
  for (const r of rows) lines.push(columns.map((c) => String((r as Record<string, number>)[c])).join(','));
  return lines.join('\n') + '\n';
}
