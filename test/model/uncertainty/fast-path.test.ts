/**
 * The fast path: counts as the scenario's no-arrival run plus weighted pulse responses equal full
 * model runs to 1e-9 on 100 random migration trajectories, and fast probabilistic runs equal full ones
 * when only migration is uncertain.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_VALUES, type ScenarioValues } from '../../../src/model/scenario-values';
import { HEADLINE_TARGETS, headlineEvaluator } from '../../../src/model/uncertainty/evaluators';
import { countsFor, FAST_FIELDS, pulseResponses, rowsFromCounts, runFastProbabilistic, volumesOf } from '../../../src/model/uncertainty/fast-path';
import { PERCENTILES, percentileKey } from '../../../src/model/uncertainty/percentiles';
import { runProbabilistic } from '../../../src/model/uncertainty/probabilistic-run';
import { createRandom } from '../../../src/model/uncertainty/random';
import { DEFAULT_UNCERTAINTY, withoutVariance, type UncertaintyParams } from '../../../src/model/uncertainty/uncertainty-params';
import type { LeverValues } from '../../../src/model/xiqing/levers/lever-values';

const plan: ScenarioValues = {
  levers: { ...DEFAULT_VALUES.levers, southStationPopulation: 150000, centralCityInflow: 14000, pointsSettlementRate: 0.015, secondBirthUplift: 0.1, thirdBirthUplift: 0.5 },
  norms: DEFAULT_VALUES.norms,
};

/** Relative difference, or absolute for values near 0 (shares are fractions). */
const diff = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b));

describe('pulse responses', () => {
  it('reproduce full runs to 1e-9 on 100 random per-year migration trajectories', () => {
    const responses = pulseResponses(plan);
    const random = createRandom(2024);
    let worst = 0;
    for (let k = 0; k < 100; k++) {
      const path = (scale: number) => ({ byYear: Object.fromEntries(Array.from({ length: 16 }, (_, t) => [String(2020 + t), t === 0 ? 0 : Math.round(random.uniform() * scale)])) });
      const levers = {
        ...plan.levers,
        centralCityInflow: { byYear: { ...path(40000).byYear, 2020: 14000 } },
        outsideMigrants: { byYear: { ...path(60000).byYear, 2020: 21400 } },
        talentInflow: { byYear: { ...path(15000).byYear, 2020: 3250 } },
        southStationPopulation: Math.round(random.uniform() * 300000),
      } as LeverValues;
      const full = headlineEvaluator({ levers, norms: plan.norms });
      const fast = rowsFromCounts(countsFor(responses, volumesOf(levers)), plan, responses.e0, responses.tfr);
      full.forEach((row, t) => {
        for (const f of FAST_FIELDS) worst = Math.max(worst, diff(fast[t][f], row[f]));
      });
    }
    expect(worst).toBeLessThan(1e-9);
  });
});

describe('runFastProbabilistic', () => {
  const migrationOnly: UncertaintyParams = { ...withoutVariance(DEFAULT_UNCERTAINTY), migration: DEFAULT_UNCERTAINTY.migration };

  it('equals full runs when only migration is uncertain: same draws, percentiles to 1e-9, same probabilities', () => {
    const fast = runFastProbabilistic({ values: plan, runs: 60, seed: 8, params: migrationOnly });
    const full = runProbabilistic({ values: plan, runs: 60, seed: 8, params: migrationOnly, evaluate: headlineEvaluator, fields: FAST_FIELDS, targets: HEADLINE_TARGETS.filter((t) => fast.targets.some((f) => f.id === t.id)) });
    for (const f of FAST_FIELDS) {
      fast.percentiles[f].forEach((set, t) => {
        for (const p of PERCENTILES) expect(diff(set[percentileKey(p)], full.percentiles[f][t][percentileKey(p)]), `${f} ${2020 + t}`).toBeLessThan(1e-9);
      });
    }
    expect(fast.targets).toEqual(full.targets);
    expect(fast.percentiles.residents[5].p90).toBeGreaterThan(fast.percentiles.residents[5].p10);
  });

  it('with every spread on, stays close to full runs (the interaction it leaves out is small)', () => {
    const fast = runFastProbabilistic({ values: plan, runs: 200, seed: 3 });
    const full = runProbabilistic({ values: plan, runs: 200, seed: 3, evaluate: headlineEvaluator, fields: ['residents', 'hukouPopulation', 'age65plusShare'], targets: HEADLINE_TARGETS });
    for (const f of ['residents', 'hukouPopulation'] as const) {
      for (const p of PERCENTILES) expect(diff(fast.percentiles[f][15][percentileKey(p)], full.percentiles[f][15][percentileKey(p)]), `${f} ${p}`).toBeLessThan(0.01);
    }
  });
});
