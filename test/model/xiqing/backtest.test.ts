/**
 * The 2010 → 2020 backtest: the same method from the 2010 census, volumes and settlement calibrated to
 * the 2020 totals by hukou status only, compared with the 2020 census by age group and sex.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildBase2010, CENSUS_2010 } from '../../../scripts/backtest/base-2010';
import { census2020ByAge } from '../../../scripts/backtest/census-2020';
import { backtestMape, PROFILE_GRID } from '../../../scripts/backtest/fit-profiles';
import { BACKTEST_GROUPS, CENSUS_2020_BY_STATE, runBacktest } from '../../../src/model/xiqing/backtest/backtest';
import { PROFILE_PARAMETERS, type ProfileParameters } from '../../../src/model/xiqing/rates/migration-profiles';
import { indicatorRows } from '../../../src/model/xiqing/scenario/indicators';

const base = buildBase2010();
const census = census2020ByAge();
const report = runBacktest(base, census);

describe('2010 base', () => {
  it('reproduces the 2010 census total and the hukou-status totals from the in-migrant origins', () => {
    const rows = indicatorRows(report.run);
    expect(rows[0].year).toBe(2010);
    expect(rows[0].residents).toBeCloseTo(CENSUS_2010.total, 3);
    expect(rows[0].local).toBeCloseTo(CENSUS_2010.local, 3);
    expect(rows[0].tianjin).toBeCloseTo(CENSUS_2010.tianjin, 3);
    expect(rows[0].outside).toBeCloseTo(CENSUS_2010.outside, 3);
    expect(base.studentTotal).toBeGreaterThan(50_000);
    expect(base.studentTotal).toBeLessThan(150_000);
  });
});

describe('backtest 2010 → 2020', () => {
  it('ends at the 2020 census with the 2020 totals by hukou status (the only calibration targets)', () => {
    const last = indicatorRows(report.run).at(-1)!;
    expect(last.year).toBe(2020);
    expect(Math.abs(last.local - CENSUS_2020_BY_STATE.local)).toBeLessThan(1);
    expect(Math.abs(last.tianjin - CENSUS_2020_BY_STATE.tianjin)).toBeLessThan(1);
    expect(Math.abs(last.outside - CENSUS_2020_BY_STATE.outside)).toBeLessThan(1);
  });

  it('reports 36 groups (0–4 … 85+ by sex) whose errors are (projected − census) / census, and their mean absolute error', () => {
    expect(report.groups).toHaveLength(36);
    expect(report.groups.slice(0, 18).map((g) => g.age)).toEqual(BACKTEST_GROUPS);
    for (const g of report.groups) expect(g.error).toBeCloseTo((g.projected - g.census) / g.census, 12);
    const mape = report.groups.reduce((a, g) => a + Math.abs(g.error), 0) / 36;
    expect(report.mape).toBeCloseTo(mape, 12);
    const projectedTotal = report.groups.reduce((a, g) => a + g.projected, 0);
    expect(projectedTotal).toBeCloseTo(1_195_124, -1);
  });

  it('the shipped profiles do well: MAPE under 8.5%, every 5-year group within ±25%, shares within 2 points', () => {
    expect(report.mape).toBeLessThan(0.085);
    for (const g of report.groups) expect(Math.abs(g.error), `${g.sex} ${g.age}`).toBeLessThan(0.25);
    for (const k of ['age0to14', 'age15to64', 'age60plus', 'age65plus'] as const) {
      expect(Math.abs(report.shares[k].projected - report.shares[k].census), k).toBeLessThan(0.02);
    }
  });

  it('the shipped profile parameters are a local optimum of the fit grid (no one-step neighbour does better)', () => {
    const best = backtestMape(PROFILE_PARAMETERS, base, census);
    expect(best).toBeCloseTo(report.mape, 12);
    for (const key of Object.keys(PROFILE_GRID) as (keyof ProfileParameters)[]) {
      const grid = PROFILE_GRID[key];
      const i = grid.indexOf(PROFILE_PARAMETERS[key]);
      expect(i, key).toBeGreaterThanOrEqual(0);
      for (const j of [i - 1, i + 1]) {
        if (j < 0 || j >= grid.length) continue;
        expect(backtestMape({ ...PROFILE_PARAMETERS, [key]: grid[j] }, base, census), `${key} = ${grid[j]}`).toBeGreaterThanOrEqual(best - 1e-9);
      }
    }
  });

  it('npm run backtest -- --format json prints the report as JSON', async () => {
    const root = resolve(import.meta.dirname, '../../..');
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/backtest/cli.ts', '--format', 'json'], { cwd: root });
    const json = JSON.parse(stdout) as { from: number; to: number; groups: unknown[]; shares: Record<string, unknown>; mape: number };
    expect(json.from).toBe(2010);
    expect(json.to).toBe(2020);
    expect(json.groups).toHaveLength(36);
    expect(Object.keys(json.shares).sort()).toEqual(['age0to14', 'age15to64', 'age60plus', 'age65plus', 'hukou', 'sexRatio']);
    expect(json.mape).toBeCloseTo(report.mape, 12);
  }, 60_000);
});
