/**
 * The UN WPP 2019 Canada run 1950→2020 (single ages 0..100+, "end" migration), reproduced by the
 * engine to 1e-9 relative: the one-step case, all 70 steps with the UN's survival ratios, and all 70
 * steps with survival ratios derived from the UN's mx/ax by our life table.
 */
import { describe, expect, it } from 'vitest';
import { projectStep } from '../../src/model/engine/project';
import type { ProjectionResult } from '../../src/model/engine/types';
import { maxBalanceResidualBySex } from '../helpers/balance';
import { canadaRates, runCanada, slice, type SurvivalSource } from '../helpers/canada-run';
import { MaxRelErr } from '../helpers/compare';
import { canada1x1, toBySex } from '../helpers/reference-data';

const REL = 1e-9;
const BALANCE_ABS = 1e-6;

describe('Canada 1x1, one step 1950 → 1951', () => {
  it('matches every age and sex and the births', () => {
    const data = canada1x1();
    const r = projectStep(toBySex(data.base_pop), canadaRates(1950, 'given-sx'), 'end');
    const pop = new MaxRelErr();
    pop.addVector(r.population.male, data.expected_pop['1951'].male, 'male');
    pop.addVector(r.population.female, data.expected_pop['1951'].female, 'female');
    const births = new MaxRelErr();
    const b = data.expected_births['1950'];
    births.add(r.births.male + r.births.female, b.both, 'both');
    births.add(r.births.female, b.female, 'female');
    births.add(r.births.male, b.male, 'male');
    console.log(pop.report('1950→1951 population'));
    console.log(births.report('1950→1951 births'));
    expect(pop.value).toBeLessThan(REL);
    expect(births.value).toBeLessThan(REL);
    expect(r.caps).toBe(0);
  });
});

describe.each<SurvivalSource>(['given-sx', 'mx-ax'])('Canada 1x1, 70 steps 1950 → 2020, survival from %s', (source) => {
  const data = canada1x1();
  const steps = 70;
  let result: ProjectionResult;
  const run = (): ProjectionResult => (result ??= runCanada(steps, 'end', source));

  it('has the right shape', () => {
    expect(run().population).toHaveLength(steps + 1);
    expect(run().caps).toBe(0);
  });

  it('matches every age, sex and year', () => {
    const err = new MaxRelErr();
    for (let t = 1; t <= steps; t++) {
      const year = String(data.base_year + t);
      const expected = data.expected_pop[year];
      expect(expected, `expected population ${year}`).toBeDefined();
      err.addVector(slice(run().population[t], 0, 'male'), expected.male, `${year} male`);
      err.addVector(slice(run().population[t], 0, 'female'), expected.female, `${year} female`);
    }
    console.log(err.report(`70 steps (${source}) population`));
    expect(err.value).toBeLessThan(REL);
  });

  it('matches births and deaths of every year', () => {
    const births = new MaxRelErr();
    const deaths = new MaxRelErr();
    for (let t = 0; t < steps; t++) {
      const year = String(data.base_year + t);
      const [bm, bf] = run().births[t];
      const [dm, df] = run().deaths[t];
      const eb = data.expected_births[year];
      const ed = data.expected_deaths_total[year];
      births.add(bm + bf, eb.both, `${year} both`);
      births.add(bf, eb.female, `${year} female`);
      births.add(bm, eb.male, `${year} male`);
      deaths.add(dm + df, ed.both, `${year} both`);
      deaths.add(df, ed.female, `${year} female`);
      deaths.add(dm, ed.male, `${year} male`);
    }
    console.log(births.report(`70 steps (${source}) births`));
    console.log(deaths.report(`70 steps (${source}) deaths`));
    expect(births.value).toBeLessThan(REL);
    expect(deaths.value).toBeLessThan(REL);
  });

  it('keeps the balance P(t+1) − P(t) − B + D − M = 0 every year and sex', () => {
    const residual = maxBalanceResidualBySex(run());
    console.log(`70 steps (${source}) balance: max |residual| ${residual.toExponential(2)} persons`);
    expect(residual).toBeLessThan(BALANCE_ABS);
  });
});
