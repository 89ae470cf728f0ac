/** The CLI on scenario files: indicator rows as JSON and CSV, equal to the model's; clear errors for bad levers. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS } from '../../src/model/xiqing/levers/lever-values';
import { xiqingIndicators } from '../../src/model/xiqing/model';
import { REPORT_COLUMNS } from '../../src/model/scenario-report';
import { SCENARIO_COLUMNS } from '../../src/model/xiqing/scenario/scenario-output';
import { makeTempDir } from '../helpers/canada-inputs-file';
import { runCli } from './support/cli-harness';

const REQUIRED = [
  'year', 'residents', 'hukouPopulation', 'local', 'tianjin', 'outside', 'students', 'births', 'deaths', 'netMigration',
  'settlements', 'tfr', 'e0', 'age0to2', 'age3to5', 'age6to11', 'age12to14', 'age0to14Share', 'age15to64Share',
  'age60plusShare', 'age65plusShare', 'age80plusShare', 'oldAgeDependency', 'medianAge',
];

describe('npm run project on a scenario file', () => {
  it('prints { scenario, years } JSON with every required field, equal to the model’s numbers', async () => {
    const { code, stdout, stderr } = await runCli(['scenarios/central-city-surge.json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    expect(out.scenario.name).toContain('Central-city relocation surge');
    expect(out.scenario.levers).toEqual({ centralCityInflow: 25000, centralCityHukouShare: 0.3 });
    const expected = xiqingIndicators({ ...DEFAULT_LEVERS, centralCityInflow: 25000, centralCityHukouShare: 0.3 });
    expect(out.years.map((y: { year: number }) => y.year)).toEqual(expected.map((r) => r.year));
    for (const field of REQUIRED) expect(Object.keys(out.years[0])).toContain(field);
    out.years.forEach((y: Record<string, number>, i: number) => {
      for (const c of SCENARIO_COLUMNS) expect(y[c]).toBe(expected[i][c]);
      expect(y.local + y.tianjin + y.outside).toBeCloseTo(y.residents, 6);
    });
  });

  it('prints the same columns as CSV: the census point, then one row per year at 31 December', async () => {
    const { code, stdout } = await runCli(['scenarios/trend.json', '--format', 'csv']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0].split(',')).toEqual([...REPORT_COLUMNS]);
    expect(REPORT_COLUMNS.slice(0, SCENARIO_COLUMNS.length)).toEqual([...SCENARIO_COLUMNS]);
    expect(lines).toHaveLength(1 + 1 + 16);
    const census = lines[1].split(',');
    expect(census[0]).toBe('census-2020-11-01');
    expect(Math.abs(Number(census[1]) - 1_195_124)).toBeLessThanOrEqual(1);
    expect(census[REPORT_COLUMNS.indexOf('births')]).toBe('');
    expect(lines[2].split(',')[0]).toBe('2020');
    const residents2025 = Number(lines[7].split(',')[1]);
    expect(residents2025).toBe(xiqingIndicators(DEFAULT_LEVERS)[5].residents);
  });

  it('exits 2 naming the lever and its range for an out-of-range value, with no stack trace', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ format: 'xiqing-population-scenario', version: 1, name: 'x', levers: { outflowRate: 0.5, nope: 1 } }));
    const { code, stderr } = await runCli([file]);
    expect(code).toBe(2);
    expect(stderr).toContain('levers.outflowRate: lever outflowRate is 0.5, outside its range 0 to 0.15');
    expect(stderr).toContain('unknown lever or norm "nope"');
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('npm run project: service columns, --targets and --solve', () => {
  const SERVICE_COLUMNS = [
    'childcarePlacesByNorm', 'childcarePlacesByDemand', 'preschoolPlaces', 'primaryPlaces', 'juniorPlaces', 'careBeds',
    'nursingBeds', 'careDependentElderly', 'disabledElderly', 'dementiaElderly', 'healthManagedElderly', 'familyDoctors',
    'meanSchoolingYears16to59', 'urbanisation',
  ];

  it('scenario JSON and CSV carry the service-demand columns, equal to the service layer', async () => {
    const { serviceRows } = await import('../../src/model/service-demand/demand');
    const { DEFAULT_NORMS } = await import('../../src/model/service-demand/norm-specs');
    const { runXiqing } = await import('../../src/model/xiqing/model');
    const expected = serviceRows(runXiqing(DEFAULT_LEVERS), DEFAULT_NORMS);
    const json = JSON.parse((await runCli(['scenarios/trend.json'])).stdout);
    expect(json.census.date).toBe('2020-11-01');
    expect(json.census.births).toBeNull();
    const csv = (await runCli(['scenarios/trend.json', '--format', 'csv'])).stdout.trim().split('\n');
    const header = csv[0].split(',');
    for (const c of SERVICE_COLUMNS) {
      expect(json.years[5][c], c).toBe((expected[5] as unknown as Record<string, number>)[c]);
      expect(header, c).toContain(c);
      expect(Number(csv[7].split(',')[header.indexOf(c)])).toBe((expected[5] as unknown as Record<string, number>)[c]);
    }
  });

  it('--targets prints the plan checklist; plan-targets meets the population targets in 2025', async () => {
    const { code, stdout } = await runCli(['scenarios/plan-targets.json', '--targets', '2025']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/✓ met\s+Resident population/);
    expect(stdout).toMatch(/✓ met\s+Hukou \(registered\) population/);
    const json = JSON.parse((await runCli(['scenarios/trend.json', '--targets', '2025', '--format', 'json'])).stdout);
    const residents = json.targets.find((t: { id: string }) => t.id === 'residents');
    expect(residents.met).toBe(false);
    expect(residents.value).toBe(xiqingIndicators(DEFAULT_LEVERS)[5].residents);
  });

  it('--solve finds the central-city relocation that gives 1.35 M residents in 2025, and says when no value can', async () => {
    const solved = JSON.parse((await runCli(['scenarios/trend.json', '--solve', 'centralCityInflow', '--for', 'residents=1350000', '--in', '2025', '--format', 'json'])).stdout);
    expect(solved.ok).toBe(true);
    const check = xiqingIndicators({ ...DEFAULT_LEVERS, centralCityInflow: solved.value })[5].residents;
    expect(Math.abs(check - 1_350_000)).toBeLessThan(1);
    const { code, stdout } = await runCli(['scenarios/trend.json', '--solve', 'talentInflow', '--for', 'residents=3000000', '--in', '2025']);
    expect(code).toBe(0);
    expect(stdout).toContain('Unreachable: no value of talentInflow in 0..30000');
  });

  it('rejects --solve without --for/--in, a bad year, and --targets on an inputs file', async () => {
    expect((await runCli(['scenarios/trend.json', '--solve', 'centralCityInflow'])).stderr).toContain('needs --for INDICATOR=VALUE and --in YEAR');
    expect((await runCli(['scenarios/trend.json', '--targets', '1999'])).stderr).toContain('--targets needs a year from 2020 to 2050');
    expect((await runCli(['scenarios/trend.json', '--solve', 'nope', '--for', 'residents=1', '--in', '2025'])).stderr).toContain('unknown lever "nope"');
  });
});
