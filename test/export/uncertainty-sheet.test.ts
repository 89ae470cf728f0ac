/** The workbook's uncertainty sheet: only on request, with the note, percentile columns equal to the model's, and probabilities. */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildXlsx } from '../../src/export';
import { DEFAULT_SEED } from '../../src/model/uncertainty/probabilistic-run';
import { runFastProbabilistic } from '../../src/model/uncertainty/fast-path';
import { options, presetComparison } from './fixtures';

const comparison = presetComparison();

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  return wb;
}

describe('XLSX uncertainty sheet', () => {
  it('is left out unless asked for', async () => {
    const wb = await readBack(await buildXlsx(comparison, options('en')));
    expect(wb.worksheets.map((w) => w.name)).not.toContain('Uncertainty');
  });

  it('gives the note, each scenario’s percentiles by year equal to the model’s, and target probabilities', async () => {
    const runs = 40;
    const wb = await readBack(await buildXlsx(comparison, { ...options('en'), uncertaintyRuns: runs }));
    const ws = wb.getWorksheet('Uncertainty')!;
    expect(ws).toBeDefined();
    expect(String(ws.getRow(1).getCell(1).value)).toMatch(/^Percentiles of 40 random runs per scenario: .*not a confidence interval/);
    const first = comparison.scenarios[0];
    const expected = runFastProbabilistic({ values: { levers: first.levers, norms: first.norms }, runs, seed: DEFAULT_SEED });
    // Rows: note, blank, scenario name, header, then 2020…2035.
    const header = ws.getRow(4).values as unknown[];
    expect(header.slice(1, 7)).toEqual(['Year', 'Residents p2.5', 'Residents p10', 'Residents p50', 'Residents p90', 'Residents p97.5']);
    const row2025 = ws.getRow(4 + 6);
    expect(row2025.getCell(1).value).toBe(2025);
    expect(row2025.getCell(4).value).toBe(expected.percentiles.residents[5].p50);
    expect(row2025.getCell(9).value).toBe(expected.percentiles.hukouPopulation[5].p50);
    const probabilityRows = ws.getSheetValues().filter((r) => Array.isArray(r) && String(r[1]).startsWith('Probability of meeting the target: residents'));
    expect(probabilityRows).toHaveLength(comparison.scenarios.length);
    expect((probabilityRows[0] as unknown[])[2]).toBe(expected.targets.find((t) => t.id === 'residents')!.probability);
  });
});
