/**
 * Text outputs of probabilistic runs and of the tornado for the CLI and exports: JSON as documented in
 * docs/uncertainty.md, and CSV with one row per year and a column per field and percentile.
 */
import type { PathValue } from '../xiqing/levers/year-path';
import { PERCENTILES, percentileKey } from './percentiles';
import type { ProbabilisticResult } from './probabilistic-run';
import type { SensitivityResult } from './sensitivity';

/** What an output says about the scenario. */
export interface UncertaintyMeta {
  name: string;
  description?: string;
  levers?: Readonly<Record<string, PathValue>>;
}

/** The percentile columns of one field, e.g. residents_p2.5 … residents_p97.5. */
export const percentileColumns = (field: string): string[] => PERCENTILES.map((p) => `${field}_${percentileKey(p)}`);

/** `{ scenario, runs, seed, years: [ { year, field: { p2.5, … } } ], targets }`. */
export function uncertaintyToJson(meta: UncertaintyMeta, result: ProbabilisticResult): string {
  const years = result.years.map((year, t) => ({ year, ...Object.fromEntries(result.fields.map((f) => [f, result.percentiles[f][t]])) }));
  return JSON.stringify({ scenario: meta, runs: result.runs, seed: result.seed, years, targets: result.targets }, null, 1) + '\n';
}

/** CSV: year, then each field's five percentile columns. */
export function uncertaintyToCsv(result: ProbabilisticResult): string {
  const lines = [['year', ...result.fields.flatMap(percentileColumns)].join(',')];
  result.years.forEach((year, t) => {
    const cells = result.fields.flatMap((f) => PERCENTILES.map((p) => String(result.percentiles[f][t][percentileKey(p)])));
    lines.push([String(year), ...cells].join(','));
  });
  return lines.join('\n') + '\n';
}

/** `{ indicator, year, base, levers: [ { id, low, high, atLow, atHigh, swing } ] }`. */
export function sensitivityToJson(result: SensitivityResult): string {
  return JSON.stringify(result, null, 1) + '\n';
}

/** CSV: one row per lever, largest swing first. */
export function sensitivityToCsv(result: SensitivityResult): string {
  const lines = ['id,low,high,atLow,atHigh,swing'];
  for (const b of result.levers) lines.push([b.id, b.low, b.high, b.atLow, b.atHigh, b.swing].map(String).join(','));
  return lines.join('\n') + '\n';
}
