/**
 * Golden outputs: each preset's CLI CSV (test/golden/<preset>.csv) must still come out of the CLI, every
 * number to 1e-9 relative. The goldens change only through `npm run golden:update`, whose diff a
 * reviewer reads; a failure here lists the cells that moved and says so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import {
  compareTables, GOLDEN_DIR, goldenNames, presetCsv, presetNames, RELATIVE_TOLERANCE, UPDATE_HINT, type CellDifference,
} from '../../scripts/golden-presets';

const table = (csv: string) => parse(csv, { relaxColumnCount: true }) as string[][];
const describeDifferences = (name: string, differences: CellDifference[]) => [
  `test/golden/${name}.csv no longer matches the CLI's output (${differences.length} cells differ by more than ${RELATIVE_TOLERANCE} relative):`,
  ...differences.slice(0, 12).map((d) => `  ${d.row} ${d.column}: golden ${d.golden}, now ${d.now}`),
  ...(differences.length > 12 ? [`  … and ${differences.length - 12} more`] : []),
  UPDATE_HINT,
].join('\n');

describe('golden outputs', () => {
  it('there is one golden per preset scenario, and no other', () => {
    expect(presetNames().length).toBeGreaterThanOrEqual(6);
    expect(goldenNames(), `the goldens do not match the presets in scenarios/. ${UPDATE_HINT}`).toEqual(presetNames());
  });

  it.each(presetNames())('%s: the CLI CSV equals the golden to 1e-9 relative', async (name) => {
    const golden = table(readFileSync(join(GOLDEN_DIR, `${name}.csv`), 'utf8'));
    const now = table(await presetCsv(name));
    expect(golden.length).toBeGreaterThan(10);
    const differences = compareTables(golden, now);
    expect(differences, describeDifferences(name, differences)).toEqual([]);
  });
});

describe('the comparison', () => {
  const golden = [['year', 'residents', 'label'], ['2025', '1350000', 'a'], ['2026', '0', 'b']];
  const change = (cell: string) => [golden[0], ['2025', cell, 'a'], golden[2]];

  it('accepts the same numbers written differently, and changes within 1e-9 relative', () => {
    expect(compareTables(golden, change('1.35e6'))).toEqual([]);
    expect(compareTables(golden, change(String(1_350_000 * (1 + 5e-10))))).toEqual([]);
  });

  it('reports a change beyond 1e-9 relative, a changed text, a missing row and a changed header', () => {
    expect(compareTables(golden, change('1350000.0027'))).toEqual([{ row: '2025', column: 'residents', golden: '1350000', now: '1350000.0027' }]);
    expect(compareTables(golden, [golden[0], ['2025', '1350000', 'x'], golden[2]])).toHaveLength(1);
    expect(compareTables(golden, golden.slice(0, 2))).toEqual([{ row: '2026', column: '(row)', golden: '2026,0,b', now: '(none)' }]);
    expect(compareTables(golden, [...golden.slice(0, 2), ['2026', '1e-300', 'b']])).toEqual([{ row: '2026', column: 'residents', golden: '0', now: '1e-300' }]);
    expect(compareTables(golden, [['year', 'people', 'label'], ...golden.slice(1)])).toMatchObject([{ row: '(header)' }]);
  });
});
