/**
 * "Even" migration timing (half the migrants at the start of the step, half at the end before
 * births) against the UN's own step function run on the Canada inputs for 1950→1955.
 */
import { describe, expect, it } from 'vitest';
import { maxBalanceResidualBySex } from '../helpers/balance';
import { runCanada, slice } from '../helpers/canada-run';
import { MaxRelErr } from '../helpers/compare';
import { canadaEven } from '../helpers/reference-data';

const REL = 1e-9;
const STEPS = 5;

function compare(timing: 'end' | 'even'): { pop: MaxRelErr; births: MaxRelErr; balance: number } {
  const expected = canadaEven();
  const r = runCanada(STEPS, timing, 'given-sx');
  const pop = new MaxRelErr();
  const births = new MaxRelErr();
  for (let t = 0; t < STEPS; t++) {
    const end = String(1951 + t);
    pop.addVector(slice(r.population[t + 1], 0, 'male'), expected.expected_pop[end].male, `${end} male`);
    pop.addVector(slice(r.population[t + 1], 0, 'female'), expected.expected_pop[end].female, `${end} female`);
    const eb = expected.expected_births[String(1950 + t)];
    births.add(r.births[t][0] + r.births[t][1], eb.both, `${1950 + t} both`);
    births.add(r.births[t][1], eb.female, `${1950 + t} female`);
    births.add(r.births[t][0], eb.male, `${1950 + t} male`);
  }
  return { pop, births, balance: maxBalanceResidualBySex(r) };
}

describe('Canada 1x1, "even" migration, 5 steps 1950 → 1955', () => {
  it('matches the UN step function at every age, sex and year, and the births', () => {
    const { pop, births, balance } = compare('even');
    console.log(pop.report('even 5 steps population'));
    console.log(births.report('even 5 steps births'));
    console.log(`even 5 steps balance: max |residual| ${balance.toExponential(2)} persons`);
    expect(pop.value).toBeLessThan(REL);
    expect(births.value).toBeLessThan(REL);
    expect(balance).toBeLessThan(1e-6);
  });

  it('is not reproduced by the "end" timing (the check can tell the two apart)', () => {
    const { pop, births } = compare('end');
    console.log(pop.report('"end" against the "even" reference, population'));
    expect(pop.value).toBeGreaterThan(1e-4);
    expect(births.value).toBeGreaterThan(1e-6);
  });
});
