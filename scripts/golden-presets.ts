/**
 * The golden outputs: each preset scenario's CSV as the CLI prints it (`npm run project --
 * scenarios/<preset>.json --format csv`), kept in test/golden/<preset>.csv. Shared by the update
 * script (scripts/golden-update.ts) and the test that compares against them (test/golden/golden.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runProjectCli } from '../src/cli/run-project';

export const REPO = resolve(import.meta.dirname, '..');
export const GOLDEN_DIR = join(REPO, 'test', 'golden');
export const SCENARIOS_DIR = join(REPO, 'scenarios');
/** How the failure message tells a reviewer to refresh the goldens. */
export const UPDATE_HINT = 'If the change is intended, run `npm run golden:update` and review `git diff test/golden/` before committing.';

/** The preset scenario files (every scenarios/*.json whose format is a scenario), by name without .json. */
export function presetNames(): string[] {
  return readdirSync(SCENARIOS_DIR)
    .filter((f) => f.endsWith('.json'))
    .filter((f) => (JSON.parse(readFileSync(join(SCENARIOS_DIR, f), 'utf8')) as { format?: unknown }).format === 'xiqing-population-scenario')
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** The golden files present, by preset name. */
export function goldenNames(): string[] {
  return readdirSync(GOLDEN_DIR).filter((f) => f.endsWith('.csv')).map((f) => f.replace(/\.csv$/, '')).sort();
}

/** The CSV the CLI prints for a preset now. */
export async function presetCsv(name: string): Promise<string> {
  let stdout = '';
  let stderr = '';
  const code = await runProjectCli([join(SCENARIOS_DIR, `${name}.json`), '--format', 'csv'], {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  if (code !== 0) throw new Error(`npm run project -- scenarios/${name}.json --format csv failed (exit ${code}): ${stderr}`);
  return stdout;
}

/** Largest relative difference between a golden number and the CLI's number that still counts as equal. */
export const RELATIVE_TOLERANCE = 1e-9;

/** One cell that differs: where, and both values. */
export interface CellDifference {
  row: string;
  column: string;
  golden: string;
  now: string;
}

const number = (text: string): number | undefined => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : undefined);

/**
 * Compares two CSV tables as numbers: same header, same rows (named by their first cell), every
 * numeric cell equal to RELATIVE_TOLERANCE relative (text cells exactly). Bytes do not matter, so a
 * number written with other digits but the same value passes.
 */
export function compareTables(golden: string[][], now: string[][]): CellDifference[] {
  const [goldenHeader = [], ...goldenRows] = golden;
  const [nowHeader = [], ...nowRows] = now;
  if (goldenHeader.join(',') !== nowHeader.join(',')) {
    return [{ row: '(header)', column: '(columns)', golden: goldenHeader.join(','), now: nowHeader.join(',') }];
  }
  const differences: CellDifference[] = [];
  const rows = Math.max(goldenRows.length, nowRows.length);
  for (let r = 0; r < rows; r++) {
    const [g, n] = [goldenRows[r], nowRows[r]];
    const row = (g ?? n)[0];
    if (!g || !n) {
      differences.push({ row, column: '(row)', golden: g ? g.join(',') : '(none)', now: n ? n.join(',') : '(none)' });
      continue;
    }
    goldenHeader.forEach((column, c) => {
      const [a, b] = [number(g[c] ?? ''), number(n[c] ?? '')];
      const same = a !== undefined && b !== undefined
        ? a === b || Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b))
        : g[c] === n[c];
      if (!same) differences.push({ row, column, golden: g[c] ?? '(none)', now: n[c] ?? '(none)' });
    });
  }
  return differences;
}
