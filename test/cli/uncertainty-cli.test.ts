/** `npm run project -- SCENARIO --uncertainty N [--seed S]` and `--sensitivity INDICATOR [--in YEAR]`. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolveValues } from '../../src/model/scenario-values';
import { runProbabilistic } from '../../src/model/uncertainty/probabilistic-run';
import { sensitivity } from '../../src/model/uncertainty/sensitivity';
import { runCli } from './support/cli-harness';

describe('npm run project --uncertainty', () => {
  it('prints percentiles by year and target probabilities, equal to the model’s for the same seed', async () => {
    const { code, stdout, stderr } = await runCli(['scenarios/trend.json', '--uncertainty', '6', '--seed', '9']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    expect(out.runs).toBe(6);
    expect(out.seed).toBe(9);
    const resolved = resolveValues({});
    if (!resolved.ok) throw new Error('defaults invalid');
    const expected = runProbabilistic({ values: resolved.values, runs: 6, seed: 9 });
    expect(out.years[5].year).toBe(2025);
    expect(out.years[5].residents).toEqual(expected.percentiles.residents[5]);
    expect(Object.keys(out.years[5].residents)).toEqual(['p2.5', 'p10', 'p50', 'p90', 'p97.5']);
    // The plan's "about 1.35 M residents in 2025" (targets carry their kind: about / at least / at most).
    expect(out.targets[0]).toEqual({ id: 'residents', indicator: 'residents', year: 2025, value: 1350000, kind: 'about', probability: expected.targets[0].probability });
    expect(out.targets).toEqual(JSON.parse(JSON.stringify(expected.targets)));
  });

  it('prints CSV with five percentile columns per field', async () => {
    const { code, stdout } = await runCli(['scenarios/trend.json', '--uncertainty', '3', '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header.split(',').slice(0, 6)).toEqual(['year', 'residents_p2.5', 'residents_p10', 'residents_p50', 'residents_p90', 'residents_p97.5']);
    expect(rows).toHaveLength(16);
  });

  it('explains a bad run count or seed', async () => {
    const bad = await runCli(['scenarios/trend.json', '--uncertainty', 'many']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--uncertainty needs a number of runs from 1 to 100000, got "many"');
    const seed = await runCli(['scenarios/trend.json', '--seed', '3']);
    expect(seed.stderr).toContain('--seed applies only to --uncertainty');
  });
});

describe('npm run project --sensitivity', () => {
  it('prints the tornado sorted by swing, equal to the model’s', async () => {
    const { code, stdout, stderr } = await runCli(['scenarios/plan-targets.json', '--sensitivity', 'hukouPopulation', '--in', '2030']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    // The scenario file's own levers (its values move when the defaults are re-calibrated).
    const file = JSON.parse(readFileSync('scenarios/plan-targets.json', 'utf8')) as { levers: Record<string, number> };
    expect(file.levers.southStationPopulation).toBe(150000);
    const resolved = resolveValues(file.levers);
    if (!resolved.ok) throw new Error('plan-targets invalid');
    expect(out).toEqual(JSON.parse(JSON.stringify(sensitivity(resolved.values, 'hukouPopulation', 2030))));
    expect(out.levers[0].swing).toBeGreaterThanOrEqual(out.levers[1].swing);
  });

  it('names an unknown indicator', async () => {
    const { code, stderr } = await runCli(['scenarios/trend.json', '--sensitivity', 'happiness']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown indicator "happiness"');
  });
});

describe('npm run project --export FILE.xlsx --uncertainty N', () => {
  it('adds the uncertainty sheet; a CSV gets percentile columns instead', async () => {
    const { mkdtemp, readFile } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const ExcelJS = (await import('exceljs')).default;
    const dir = await mkdtemp(join(tmpdir(), 'xiqing-unc-'));
    const file = join(dir, 'out.xlsx');
    const run = await runCli(['scenarios/trend.json', 'scenarios/plan-targets.json', '--export', file, '--lang', 'en', '--uncertainty', '20']);
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
    const bytes = await readFile(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    expect(wb.worksheets.at(-1)!.name).toBe('Uncertainty');
    const csv = await runCli(['scenarios/trend.json', '--export', join(dir, 'out.csv'), '--uncertainty', '20']);
    expect({ code: csv.code, stderr: csv.stderr }).toEqual({ code: 0, stderr: '' });
    expect(await readFile(join(dir, 'out.csv'), 'utf8')).toContain(',residents_p2.5,');
  });
});
