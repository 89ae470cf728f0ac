/**
 * Rows at 31 December: the census (1 November 2020) is its own point; a fractional first step of 61/365
 * of a year reaches 31 December 2020; every later step is a calendar year. The accounting identity holds
 * exactly for every printed row, per hukou state too.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { CENSUS_TO_YEAR_END, fractionalStep } from '../../../src/model/xiqing/scenario/census-to-year-end';
import { censusIndicatorRow, indicatorRows } from '../../../src/model/xiqing/scenario/indicators';
import { rowFlows } from '../../../src/model/xiqing/scenario/run-scenario';

const N = 101;
// Constant migration levels, so the first step's share of a year shows in the inflows.
const run = runXiqing({ ...DEFAULT_LEVERS, endYear: 2030, outsideMigrants: 18_000 });
const rows = indicatorRows(run);
const census = censusIndicatorRow(run);

describe('year-end rows and the census point', () => {
  it('rows are 2020..endYear at 31 December; the census point is separate, with the census count and no flows', () => {
    expect(rows.map((r) => r.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(Math.abs(census.residents - 1_195_124)).toBeLessThanOrEqual(1);
    expect(census.births).toBeNaN();
    expect(rows[0].residents).not.toBe(census.residents);
  });

  it('the first step is 61/365 of a year: 2020 flows are about a sixth of 2021’s', () => {
    expect(CENSUS_TO_YEAR_END).toBeCloseTo(61 / 365, 12);
    expect(rows[0].births / rows[1].births).toBeGreaterThan(0.14);
    expect(rows[0].births / rows[1].births).toBeLessThan(0.2);
    expect(rows[0].inflowOutside / rows[1].inflowOutside).toBeCloseTo(CENSUS_TO_YEAR_END, 9);
  });

  it('residents(Y) = residents(Y−1) + births − deaths + net migration of year Y, exactly, from the census on', () => {
    let before = census.residents;
    for (const r of rows) {
      expect(Math.abs(r.residents - (before + r.births - r.deaths + r.netMigration))).toBeLessThan(1e-6);
      before = r.residents;
    }
  });

  it('per hukou state and sex the identity holds with settlement transfers in and out', () => {
    for (let t = 0; t < rows.length; t++) {
      const start = t === 0 ? run.census : run.projection.population[t - 1];
      const end = run.projection.population[t];
      const f = rowFlows(run, t);
      for (let s = 0; s < 3; s++) {
        let net = 0;
        for (let o = 0; o < 3; o++) net += f.transfers[o * 3 + s] - f.transfers[s * 3 + o];
        let startSum = 0;
        let endSum = 0;
        let flows = 0;
        for (let sex = 0; sex < 2; sex++) {
          const b = s * 2 + sex;
          for (let x = 0; x < N; x++) {
            startSum += start[b * N + x];
            endSum += end[b * N + x];
          }
          flows += f.births[b] - f.deaths[b] + f.netMigration[b];
        }
        expect(Math.abs(endSum - (startSum + flows + net))).toBeLessThan(1e-6);
      }
    }
  });

  it('the fractional step ages a fraction f of each cohort by one year, survives it with S^f and adds f of a year’s births', () => {
    const f = 0.25;
    const start = new Float64Array(2 * N);
    start[30] = 1200; // men aged 30
    start[N + 30] = 1000; // women aged 30
    const survival = new Float64Array(N).fill(0.9);
    const asfr = new Float64Array(N);
    asfr[30] = 0.1;
    const zero = new Float64Array(N);
    const { population, flows } = fractionalStep(
      start,
      [{ asfr, srb: 1, survival: { male: survival, female: survival }, netMigrants: { male: zero, female: zero } }],
      [],
      f,
      N,
    );
    const s = Math.pow(0.9, f);
    expect(population[30]).toBeCloseTo(1200 * s * (1 - f), 9);
    expect(population[31]).toBeCloseTo(1200 * s * f, 9);
    expect(flows.births[0] + flows.births[1]).toBeCloseTo(f * 0.1 * 1000, 9);
    expect(population[0]).toBeCloseTo(flows.births[0] * 0.9, 9);
    expect(flows.deaths[0]).toBeCloseTo(1200 * (1 - s) + flows.births[0] * 0.1, 9);
  });
});
