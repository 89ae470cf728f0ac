/**
 * `--solve` questions that cannot be asked are usage errors (exit 2, the valid choices listed); only a
 * valid question may be answered "unreachable" with exit 0.
 */
import { describe, expect, it } from 'vitest';
import { LEVER_IDS } from '../../src/model/xiqing/levers/lever-specs';
import { runCli } from './support/cli-harness';

const solve = (lever: string, forText: string, year: string) =>
  runCli(['scenarios/trend.json', '--solve', lever, '--for', forText, '--in', year]);

describe('--solve usage errors', () => {
  it('an unknown indicator exits 2 and lists the indicators', async () => {
    const run = await solve('talentInflow', 'residentz=1350000', '2025');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^project: --for: unknown indicator "residentz":\n {2}- indicators: residents, /);
    expect(run.stderr).toMatch(/careBeds/);
  });

  it('an indicator no lever moves exits 2 and says so', async () => {
    const run = await solve('talentInflow', 'students=1000', '2025');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^project: --for: students cannot be solved for: no lever moves it:\n {2}- indicators: residents, /);
  });

  it('a year past the scenario’s horizon exits 2 and names the horizon', async () => {
    const run = await solve('talentInflow', 'residents=1350000', '2040');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--in 2040 is past the scenario\'s projection, which ends in 2035');
    expect(run.stderr).toContain('years: 2020 to 2035');
  });

  it('a lever that cannot be solved for (endYear) exits 2 and lists the ones that can', async () => {
    const run = await solve('endYear', 'residents=1350000', '2025');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--solve: endYear sets the projection horizon and cannot be solved for');
    const listed = /levers that can be solved for: (.*)/.exec(run.stderr)![1].split(', ');
    expect(listed).toEqual(LEVER_IDS.filter((id) => id !== 'endYear'));
  });

  it('an unknown lever exits 2 with the list', async () => {
    const run = await solve('talentinflow', 'residents=1350000', '2025');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--solve: unknown lever "talentinflow":\n {2}- levers that can be solved for: .*talentInflow/);
  });

  it('a valid question with no answer is still “Unreachable” with exit 0', async () => {
    const run = await solve('talentInflow', 'residents=3000000', '2025');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Unreachable: no value of talentInflow/);
  });
});
