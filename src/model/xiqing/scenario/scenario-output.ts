/**
 * Text outputs of a scenario run for the CLI and exports: JSON `{ scenario, years: [row, …] }` and CSV
 * with one row per year. Both list the same columns, in {@link SCENARIO_COLUMNS} order.
 */
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
  /** Lever values that differ from the defaults. */
  levers?: Readonly<Record<string, number>>;
}

/** Picks `columns` from each row, in order. */
function pick(rows: readonly OutputRow[], columns: readonly string[]): Record<string, number>[] {
  return rows.map((r) => Object.fromEntries(columns.map((c) => [c, (r as Record<string, number>)[c]])));
}

/**
 * JSON text: `{ "scenario": { "name", "description", "levers" }, "years": [ { "year": 2020, … }, … ] }`.
 * Persons as counts, shares as fractions 0–1, years as numbers; full double precision.
 */
export function scenarioToJson(
  meta: ScenarioOutputMeta,
  rows: readonly OutputRow[],
  columns: readonly string[] = SCENARIO_COLUMNS,
): string {
  return JSON.stringify({ scenario: meta, years: pick(rows, columns) }, null, 1) + '\n';
}

/** CSV text: a header of the columns, then one row per year; numbers at full precision. */
export function scenarioToCsv(rows: readonly OutputRow[], columns: readonly string[] = SCENARIO_COLUMNS): string {
  const lines = [columns.join(',')];
  for (const r of rows) lines.push(columns.map((c) => String((r as Record<string, number>)[c])).join(','));
  return lines.join('\n') + '\n';
}
