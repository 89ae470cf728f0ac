/** The CLI's plan-data options: --targets-file, --observed, --fit with --save-scenario and --after. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATOR } from '../helpers/fit-generator';
import { serializeObservations } from '../../src/model/observations/observations-file';
import { parseScenarioText, scenarioValues } from '../../src/model/scenario-file/scenario-file';
import { serializeTargets } from '../../src/model/targets/targets-file';
import { valueInYear } from '../../src/model/xiqing/levers/year-path';
import { runXiqing, xiqingIndicators } from '../../src/model/xiqing/model';
import { indicatorRow } from '../../src/model/xiqing/scenario/indicators';
import { makeTempDir } from '../helpers/canada-inputs-file';
import { runCli } from './support/cli-harness';

const EXAMPLE = 'src/model/observations/data/xiqing-year-end.observations.json';

describe('npm run project with plan data', () => {
  it('--targets-file checks any target set; an overshoot of an "at least" target is met', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'draft.json');
    await writeFile(file, serializeTargets({
      name: '2030 草案',
      description: '',
      targets: [
        { indicator: 'residents', year: 2030, value: 1_000_000, kind: 'atLeast', source: '' },
        { indicator: 'hukouPopulation', year: 2030, value: 400_000, kind: 'about', tolerance: 0.01, source: '' },
      ],
    }));
    const { code, stdout } = await runCli(['scenarios/trend.json', '--targets', '2030', '--targets-file', file]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Plan targets in 2030 — .* — 2030 草案/);
    expect(stdout).toMatch(/✓ met\s+Resident population\s+target ≥ 1,000,000/);
    expect(stdout).toMatch(/↑ above band\s+Hukou/);
    const json = JSON.parse((await runCli(['scenarios/trend.json', '--targets', '2030', '--targets-file', file, '--format', 'json'])).stdout);
    expect(json.targetSet).toBe('2030 草案');
    expect(json.targets.map((r: { status: string }) => r.status)).toEqual(['met', 'above']);
  });

  it('--targets-file names the file and the field that broke', async () => {
    const dir = await makeTempDir();
    const file = join(dir, 'bad.json');
    await writeFile(file, JSON.stringify({ format: 'xiqing-targets', version: 1, name: 'x', targets: [{ indicator: 'residents', year: 2030, value: -5, kind: 'about' }] }));
    const { code, stderr } = await runCli(['scenarios/trend.json', '--targets', '2030', '--targets-file', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: invalid targets file`);
    expect(stderr).toContain('targets.0.value: must be ≥ 0, got -5');
  });

  it('--observed adds observed* columns, empty where nothing was observed', async () => {
    const { code, stdout } = await runCli(['scenarios/trend.json', '--observed', EXAMPLE, '--format', 'csv']);
    expect(code).toBe(0);
    const [header, ...lines] = stdout.trim().split('\n');
    const cols = header.split(',');
    expect(cols.slice(-4)).toEqual(['observedResidents', 'observedHukouPopulation', 'observedBirths', 'observedDeaths']);
    const row = (year: string) => lines.find((l) => l.startsWith(`${year},`))!.split(',');
    expect(row('2022').slice(-4)).toEqual(['1186200', '484300', '', '']);
    expect(row('2021').slice(-4)).toEqual(['', '', '', '']);
    const json = JSON.parse((await runCli(['scenarios/trend.json', '--observed', EXAMPLE])).stdout);
    expect(json.years.find((y: { year: number }) => y.year === 2023).observedHukouPopulation).toBe(491_600);
  });

  it('--fit prints the fitted rows with a "fit" table and --save-scenario writes the fitted scenario', async () => {
    const dir = await makeTempDir();
    const observations = join(dir, 'generated.json');
    const run = runXiqing(GENERATOR);
    await writeFile(observations, serializeObservations({
      name: 'generated',
      source: 'a scenario with its own migration paths',
      observations: [2021, 2022, 2023].map((year) => ({ year, residents: indicatorRow(run, year - 2020).residents, hukouPopulation: indicatorRow(run, year - 2020).hukouPopulation })),
    }));
    const saved = join(dir, 'out', 'fitted.json');
    const { code, stdout, stderr } = await runCli(['scenarios/trend.json', '--fit', observations, '--save-scenario', saved, '--after', 'mean:2']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const out = JSON.parse(stdout);
    expect(out.fit).toHaveLength(6);
    expect(Object.keys(out.fit[0])).toEqual(['year', 'indicator', 'observed', 'model', 'lever', 'value']);
    for (const r of out.fit) expect(Math.abs(r.model - r.observed) / r.observed).toBeLessThanOrEqual(0.001);
    const parsed = parseScenarioText(await readFile(saved, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error.message);
    // Named after its source scenario (whatever trend.json is called, "中文 · English") and the observations, in both languages.
    const [zh, en] = (JSON.parse(await readFile('scenarios/trend.json', 'utf8')) as { name: string }).name.split(' · ');
    expect(parsed.scenario.name).toBe(`${zh}（校准 generated） · ${en} (fitted to generated)`);
    const levers = scenarioValues(parsed.scenario).levers;
    expect(valueInYear(levers.centralCityInflow, 2024)).toBeCloseTo((valueInYear(levers.centralCityInflow, 2022) + valueInYear(levers.centralCityInflow, 2023)) / 2, 6);
    // The printed rows are the saved scenario's own.
    const rows = xiqingIndicators(levers);
    expect(out.years.map((y: { residents: number }) => y.residents)).toEqual(rows.map((r) => r.residents));
  });

  it('--fit refuses what it cannot use, and --after without --fit', async () => {
    expect((await runCli(['scenarios/trend.json', '--after', 'hold'])).stderr).toContain('--save-scenario and --after apply only to --fit');
    const bad = await runCli(['scenarios/trend.json', '--fit', EXAMPLE, '--after', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--after must be hold, mean:K (K ≥ 1) or return:YEAR, got "soon"');
  });
});
