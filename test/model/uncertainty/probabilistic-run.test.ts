/**
 * Probabilistic runs on the real model: seeded reproducibility, the zero-variance limit, ordered
 * percentiles, probabilities as shares, and the Monte Carlo error of the median falling as 1/√N.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES, type ScenarioValues } from '../../../src/model/scenario-values';
import { PLAN_TARGETS } from '../../../src/model/service-demand/plan-targets';
import { countsEvaluator, fullEvaluator, HEADLINE_FIELDS, HEADLINE_TARGETS, headlineEvaluator, LINEAR_FIELDS } from '../../../src/model/uncertainty/evaluators';
import { runXiqing } from '../../../src/model/xiqing/model';
import { indicatorRows } from '../../../src/model/xiqing/scenario/indicators';
import { loadPresets } from '../xiqing/presets';
import { PERCENTILES, percentileKey } from '../../../src/model/uncertainty/percentiles';
import { createProbabilisticJob, runProbabilistic, type Evaluator } from '../../../src/model/uncertainty/probabilistic-run';
import { valueInYear } from '../../../src/model/xiqing/levers/year-path';
import { DEFAULT_UNCERTAINTY, withoutVariance } from '../../../src/model/uncertainty/uncertainty-params';

const plan: ScenarioValues = {
  levers: { ...DEFAULT_VALUES.levers, southStationPopulation: 150000, centralCityInflow: 14000, pointsSettlementRate: 0.015, secondBirthUplift: 0.1, thirdBirthUplift: 0.5 },
  norms: DEFAULT_VALUES.norms,
};
const fast = { fields: HEADLINE_FIELDS, targets: HEADLINE_TARGETS, evaluate: headlineEvaluator };

describe('runProbabilistic', () => {
  it('is reproducible bit for bit for a seed, and a different seed gives different bands', () => {
    const a = runProbabilistic({ values: DEFAULT_VALUES, runs: 40, seed: 11, ...fast });
    const b = runProbabilistic({ values: DEFAULT_VALUES, runs: 40, seed: 11, ...fast });
    const c = runProbabilistic({ values: DEFAULT_VALUES, runs: 40, seed: 12, ...fast });
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(c.percentiles.residents[5].p50).not.toBe(a.percentiles.residents[5].p50);
  });

  it('with every spread at zero gives every percentile equal to the deterministic run (full report)', () => {
    const result = runProbabilistic({ values: plan, runs: 3, seed: 5, params: withoutVariance(DEFAULT_UNCERTAINTY) });
    const deterministic = fullEvaluator(plan);
    for (const field of result.fields) {
      result.years.forEach((_, t) => {
        for (const p of PERCENTILES) expect(result.percentiles[field][t][percentileKey(p)], `${field} ${result.years[t]}`).toBe(deterministic[t][field]);
      });
    }
    for (const target of result.targets) expect([0, 1]).toContain(target.probability);
  });

  it('orders the percentiles, widens the band with the horizon and keeps probabilities in [0, 1]', () => {
    const result = runProbabilistic({ values: plan, runs: 60, seed: 3, ...fast });
    for (const field of result.fields) {
      for (const set of result.percentiles[field]) {
        const values = PERCENTILES.map((p) => set[percentileKey(p)]);
        for (let i = 1; i < values.length; i++) expect(values[i], field).toBeGreaterThanOrEqual(values[i - 1]);
      }
    }
    const width = (t: number) => result.percentiles.residents[t].p90 - result.percentiles.residents[t].p10;
    expect(width(0)).toBe(0); // 2020 is the census base
    expect(width(15)).toBeGreaterThan(width(5));
    expect(result.targets.map((t) => t.id)).toEqual(HEADLINE_TARGETS.map((t) => t.id));
    for (const t of result.targets) expect(t.probability >= 0 && t.probability <= 1).toBe(true);
  });

  it('reports every plan target with the full report', () => {
    const result = runProbabilistic({ values: DEFAULT_VALUES, runs: 2, seed: 1, fields: ['residents'] });
    expect(result.targets.map((t) => t.id)).toEqual(PLAN_TARGETS.map((t) => t.id));
  });

  it('refuses a run count or seed that is not a whole number', () => {
    expect(() => runProbabilistic({ values: DEFAULT_VALUES, runs: 0 })).toThrow(/runs must be a whole number/);
    expect(() => runProbabilistic({ values: DEFAULT_VALUES, runs: 2, seed: 1.5 })).toThrow(/seed must be a whole number/);
  });
});

describe('headlineEvaluator', () => {
  it('gives the same values as the full report for every field it computes', () => {
    for (const values of [DEFAULT_VALUES, plan]) {
      const full = fullEvaluator(values);
      const quick = headlineEvaluator(values);
      full.forEach((row, t) => {
        for (const f of HEADLINE_FIELDS) expect(quick[t][f], `${f} ${row.year}`).toBeCloseTo(row[f], 9);
      });
    }
  });

  it('gives rows with exactly the headline fields, in their order', () => {
    for (const row of headlineEvaluator(DEFAULT_VALUES)) expect(Object.keys(row)).toEqual([...HEADLINE_FIELDS]);
  });
});

describe('runCounts', () => {
  it('equals the indicator rows’ counts, e0 and TFR to the bit on every preset (also after a run in a reused buffer)', () => {
    for (const [name, levers] of loadPresets()) {
      const rows = indicatorRows(runXiqing(levers));
      // Twice: the second run of countsEvaluator reuses the first one's buffers.
      for (const c of [countsEvaluator({ levers, norms: DEFAULT_VALUES.norms }), countsEvaluator({ levers, norms: DEFAULT_VALUES.norms })]) {
        rows.forEach((row, t) => {
          LINEAR_FIELDS.forEach((f, j) => expect(c.counts[t * LINEAR_FIELDS.length + j], `${name} ${f} ${row.year}`).toBe(row[f]));
          expect([c.e0[t], c.tfr[t]], `${name} ${row.year}`).toEqual([row.e0, row.tfr]);
        });
      }
    }
  });
});

describe('Monte Carlo error of the median', () => {
  // The draws alone, read through an evaluator that reports the drawn central-city volume: its median
  // is the scenario's value (the multiplier is log-normal around 1), so the error of p50 is known.
  const values: ScenarioValues = { ...DEFAULT_VALUES, levers: { ...DEFAULT_VALUES.levers, endYear: 2025 } };
  const volumeEvaluator: Evaluator = (v) => Array.from({ length: 6 }, (_, t) => ({ year: 2020 + t, volume: valueInYear(v.levers.centralCityInflow, 2021) }));
  const rmse = (runs: number, seeds: number[]) => {
    let sq = 0;
    for (const seed of seeds) {
      const r = runProbabilistic({ values, runs, seed, fields: ['volume'], targets: [], evaluate: volumeEvaluator });
      sq += (r.percentiles.volume[0].p50 - valueInYear(DEFAULT_VALUES.levers.centralCityInflow, 2021)) ** 2;
    }
    return Math.sqrt(sq / seeds.length);
  };

  it('falls about as 1/√N: sixteen times the runs, about a quarter of the error', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (base) => {
        const seeds = Array.from({ length: 40 }, (_, i) => base + i * 7919);
        const ratio = rmse(50, seeds) / rmse(800, seeds);
        // Expected 4; with 40 replicates each RMSE has ~11% relative error.
        return ratio > 2.5 && ratio < 6.5;
      }),
      // A fixed fast-check seed: the bounds are about ±2.5 standard errors, so the test is deterministic.
      { numRuns: 2, seed: 20251 },
    );
  });
});

describe('createProbabilisticJob', () => {
  it('gives the same result stepped in chunks as in one go', () => {
    const whole = runProbabilistic({ values: DEFAULT_VALUES, runs: 25, seed: 4, ...fast });
    const job = createProbabilisticJob({ values: DEFAULT_VALUES, runs: 25, seed: 4, ...fast });
    expect(() => job.result()).toThrow(/has run 0 of 25/);
    const steps: boolean[] = [];
    while (!steps.at(-1)) steps.push(job.step(7));
    expect(steps).toEqual([false, false, false, true]);
    expect(JSON.stringify(job.result())).toBe(JSON.stringify(whole));
  });
});
