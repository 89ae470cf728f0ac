/** `npm run project -- SCENARIO --areas [AREAS.json]`: areas JSON and CSV equal to the model's, user files, errors. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_COLUMNS, defaultAreasFile, serializeAreasFile, xiqingAreas } from '../../src/model/areas';
import { DEFAULT_NORMS } from '../../src/model/service-demand/norm-specs';
import { DEFAULT_LEVERS } from '../../src/model/xiqing/levers/lever-values';
import { makeTempDir } from '../helpers/canada-inputs-file';
import { runCli } from './support/cli-harness';

describe('npm run project -- SCENARIO --areas', () => {
  it('prints every area with the issue’s fields per year, equal to the model', async () => {
    const { code, stdout, stderr } = await runCli(['scenarios/trend.json', '--areas']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    const expected = xiqingAreas(defaultAreasFile(), DEFAULT_LEVERS, DEFAULT_NORMS);
    expect(out.areas.map((a: { code: string }) => a.code)).toEqual(defaultAreasFile().areas.map((a) => a.code));
    const first = out.areas[0].years[5];
    for (const f of ['year', 'residents', 'age0to2', 'age3to5', 'age60plus', 'childcarePlacesByNorm', 'careBeds', 'childcareGap', 'careBedGap']) {
      expect(first).toHaveProperty(f);
    }
    expect(first.year).toBe(2025);
    expect(first.residents).toBe(expected.rows[0][5].residents);
    expect(first.careBedGap).toBe(expected.rows[0][5].careBedGap);
  });

  it('reads the user’s areas file given after --areas, and prints CSV one row per area and year', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'my-areas.json');
    const mine = { ...defaultAreasFile(), plannedAdditions: [{ year: 2024, area: '120111102', persons: 10000 }] };
    await writeFile(path, serializeAreasFile(mine));
    const { code, stdout } = await runCli(['scenarios/trend.json', '--areas', path, '--format', 'csv']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0].split(',')).toEqual(['code', 'name', 'residents2020Grade', ...AREA_COLUMNS]);
    expect(lines).toHaveLength(1 + 16 * 16);
    const expected = xiqingAreas(mine, DEFAULT_LEVERS, DEFAULT_NORMS);
    const xinkou2030 = lines.find((l) => l.startsWith('120111102,辛口镇,U,2030,'))!;
    expect(Number(xinkou2030.split(',')[4])).toBe(expected.rows[7][10].residents);
  });

  it('names the file and the place of each problem in a bad areas file', async () => {
    const dir = await makeTempDir();
    const path = join(dir, 'bad.json');
    const bad = JSON.parse(serializeAreasFile(defaultAreasFile()));
    bad.areas[2].residents2020 = 'lots';
    await writeFile(path, JSON.stringify(bad));
    const { code, stderr } = await runCli(['scenarios/trend.json', `--areas=${path}`]);
    expect(code).toBe(2);
    expect(stderr).toContain(`project: ${path} is not a valid xiqing-areas file:`);
    expect(stderr).toContain('  - areas[2].residents2020: must be a number ≥ 0 (got "lots")');
  });

  it('refuses --areas with --targets or --export', async () => {
    expect((await runCli(['scenarios/trend.json', '--areas', '--targets', '2025'])).stderr).toContain('use --areas on its own');
    expect((await runCli(['scenarios/trend.json', '--areas', '--export', 'x.csv'])).stderr).toContain('--areas does not apply to --export');
  });
});
