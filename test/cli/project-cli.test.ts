/**
 * End to end: spawns `tsx src/cli/project.ts` on the UN Canada 1950→2020 reference run written as an
 * explicit-inputs file (mortality as survival ratios, and as life-table mx/ax), and compares every
 * year's population and every step's births and deaths with the UN's expected values.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProjectionJson } from '../../src/model/inputs-file';
import { canadaInputsFile, makeTempDir, writeCanadaInputsFile, type CanadaMortality } from '../helpers/canada-inputs-file';
import { MaxRelErr } from '../helpers/compare';
import { canada1x1 } from '../helpers/reference-data';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const TSX = join(REPO, 'node_modules', '.bin', 'tsx');
const TOLERANCE = 1e-9;

/** Runs `tsx src/cli/project.ts ...args` from the repo root. */
function cli(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, ['src/cli/project.ts', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run project (spawned)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await makeTempDir();
  });

  describe.each<CanadaMortality>(['survival', 'mx-ax'])('UN Canada 1950→2020, mortality as %s', (mortality) => {
    it('reproduces the UN population of every year, births and deaths to 1e-9 relative', async () => {
      const input = await writeCanadaInputsFile(dir, mortality);
      const out = join(dir, `out-${mortality}`, 'result.json');
      const { status, stdout, stderr } = cli([input, '--format', 'json', '--out', out]);
      expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: '', stderr: '' });

      const result = JSON.parse(await readFile(out, 'utf8')) as ProjectionJson;
      const run = canada1x1();
      expect(result.years).toEqual(Array.from({ length: 71 }, (_, i) => 1950 + i));
      expect(result.population['1950']).toEqual(run.base_pop);

      const all = new MaxRelErr();
      const in2020 = new MaxRelErr();
      const flows = new MaxRelErr();
      for (let year = 1951; year <= 2020; year++) {
        for (const sex of ['male', 'female'] as const) {
          const [actual, expected] = [result.population[year][sex], run.expected_pop[year][sex]];
          all.addVector(actual, expected, `${year} ${sex}`);
          if (year === 2020) in2020.addVector(actual, expected, `2020 ${sex}`);
        }
      }
      for (let year = 1950; year < 2020; year++) {
        for (const sex of ['male', 'female'] as const) {
          flows.add(result.births[year][sex], run.expected_births[year][sex], `births ${year} ${sex}`);
          flows.add(result.deaths[year][sex], run.expected_deaths_total[year][sex], `deaths ${year} ${sex}`);
        }
      }
      expect(result.births['2020']).toBeUndefined();
      console.log(in2020.report(`CLI, ${mortality}, population 2020`));
      console.log(all.report(`CLI, ${mortality}, population 1951..2020`));
      console.log(flows.report(`CLI, ${mortality}, births and deaths`));
      expect(in2020.value).toBeLessThan(TOLERANCE);
      expect(all.value).toBeLessThan(TOLERANCE);
      expect(flows.value).toBeLessThan(TOLERANCE);
    });
  });

  it('prints CSV to stdout: header and one row per year, sex and age', async () => {
    const input = await writeCanadaInputsFile(dir, 'survival');
    const { status, stdout, stderr } = cli([input, '--format', 'csv']);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('year,sex,age,population');
    expect(lines).toHaveLength(1 + 71 * 2 * 101);
    expect(lines[1]).toBe(`1950,male,0,${canada1x1().base_pop.male[0]}`);
    const last = lines.at(-1)!.split(',');
    expect(last.slice(0, 3)).toEqual(['2020', 'female', '100']);
    const expected = canada1x1().expected_pop['2020'].female[100];
    expect(Math.abs(Number(last[3]) - expected) / expected).toBeLessThan(TOLERANCE);
  });

  it('exits 2 with the file name and each problem of a malformed file, without a stack trace', async () => {
    const file = canadaInputsFile('mx-ax');
    file.years['1961'].mx!.female.pop();
    delete file.years['1962'];
    file.migrationTiming = 'middle' as 'end';
    const input = join(dir, 'malformed.json');
    await writeFile(input, JSON.stringify(file));
    const { status, stdout, stderr } = cli([input]);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      [
        `project: ${input} is not a valid population-projection-inputs file:`,
        '  - migrationTiming must be "end" or "even" (got "middle")',
        '  - years.1961.mx.female has 100 values, expected 101',
        '  - years.1962 is missing (steps 70 from 1950 need years 1950..2019)',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 on invalid JSON and on bad usage; prints usage for --help', async () => {
    const input = join(dir, 'not-json.json');
    await writeFile(input, '{\n  "format": "population-projection-inputs",\n  "steps": 70,,\n}');
    const bad = cli([input]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^project: .*not-json\.json is not valid JSON: .* at line 3, column 15\n$/);

    const usage = cli(['--format', 'pdf', input]);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toBe('project: --format must be json or csv, got "pdf"\nRun "npm run project -- --help" for usage.\n');

    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: npm run project -- <file.json> [--format json|csv] [--out FILE]');
  });
});
