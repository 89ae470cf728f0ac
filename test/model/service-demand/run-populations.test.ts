/**
 * The run's populations summed once per run and year: the same numbers, to the bit, as the sums they
 * replace (populationByAge, the flat residents total, populationWithStatus), cold and warm, and never
 * shared between two runs.
 */
import { describe, expect, it } from 'vitest';
import { populationWithStatus } from '../../../src/model/service-demand/norm-population';
import {
  pooledStudents, populationWithStatusOf, residentsByAgeByYear, residentsByAgeOf, residentsOf, runPopulations,
} from '../../../src/model/service-demand/run-populations';
import { DEFAULT_LEVERS } from '../../../src/model/xiqing/levers/lever-values';
import { runXiqing } from '../../../src/model/xiqing/model';
import { populationByAge } from '../../../src/model/xiqing/scenario/indicators';
import type { ScenarioRun } from '../../../src/model/xiqing/scenario/run-scenario';

/** The residents' total as the service layer summed it before: every cell, then the students. */
function flatResidents(run: ScenarioRun, t: number): number {
  let sum = 0;
  for (const v of run.projection.population[t]) sum += v;
  for (const s of run.students) for (let x = 0; x < s.male.length; x++) sum += s.male[x] + s.female[x];
  return sum;
}

const runs = [
  runXiqing(DEFAULT_LEVERS),
  runXiqing({ ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 30_000, talentInflow: 12_000 }),
  runXiqing({ ...DEFAULT_LEVERS, endYear: 2050, familyShare: 0.8 }),
];

describe('run populations', () => {
  it('residents by age equal populationByAge to the bit, every year, whichever year is asked first', () => {
    for (const run of runs) {
      // Ask the last year first, then every year: the order of first use does not matter.
      const last = run.years.length - 1;
      expect(Array.from(residentsByAgeOf(run, last).male)).toEqual(Array.from(populationByAge(run, last).male));
      run.years.forEach((_, t) => {
        const expected = populationByAge(run, t);
        const got = residentsByAgeOf(run, t);
        expect(got.male).toHaveLength(101);
        expect(Array.from(got.male)).toEqual(Array.from(expected.male));
        expect(Array.from(got.female)).toEqual(Array.from(expected.female));
      });
    }
  });

  it('the residents total equals the flat sum to the bit (toBe, not toBeCloseTo)', () => {
    for (const run of runs) run.years.forEach((_, t) => expect(residentsOf(run, t)).toBe(flatResidents(run, t)));
  });

  it('Xiqing-hukou residents equal populationWithStatus', () => {
    const run = runs[1];
    for (const t of [0, 5, run.years.length - 1]) {
      expect(Array.from(populationWithStatusOf(run, t, 'xiqingHukou').male)).toEqual(Array.from(populationWithStatus(run, t, 'xiqingHukou').male));
      expect(populationWithStatusOf(run, t, 'resident')).toBe(residentsByAgeOf(run, t));
    }
  });

  it('cold and warm: the second read returns the same arrays and total, and the values do not change', () => {
    const run = runXiqing({ ...DEFAULT_LEVERS, centralCityInflow: 22_000 });
    const cold = residentsByAgeOf(run, 3);
    const coldCopy = Array.from(cold.female);
    const coldTotal = residentsOf(run, 3);
    expect(runPopulations(run)).toBe(runPopulations(run));
    expect(residentsByAgeOf(run, 3)).toBe(cold);
    expect(residentsOf(run, 3)).toBe(coldTotal);
    expect(Array.from(residentsByAgeOf(run, 3).female)).toEqual(coldCopy);
    expect(residentsByAgeByYear(run)[3]).toBe(cold);
    expect(residentsByAgeByYear(run)).toHaveLength(run.years.length);
  });

  it('two runs never share sums (the memo is per run): more central-city inflow, more residents', () => {
    const low = runXiqing({ ...DEFAULT_LEVERS, centralCityInflow: 5_000 });
    const high = runXiqing({ ...DEFAULT_LEVERS, centralCityInflow: 40_000 });
    expect(residentsOf(high, 5)).toBeGreaterThan(residentsOf(low, 5) + 100_000);
    expect(residentsByAgeOf(high, 5)).not.toBe(residentsByAgeOf(low, 5));
    expect(residentsOf(low, 5)).toBe(flatResidents(low, 5));
  });

  it('pooled students: summed once per base (shared by runs on one base), equal to the states added', () => {
    const [a, b] = runs;
    expect(a.students).toBe(b.students);
    expect(pooledStudents(a)).toBe(pooledStudents(b));
    const expected = new Float64Array(101);
    for (const s of a.students) for (let x = 0; x < 101; x++) expected[x] += s.female[x];
    expect(Array.from(pooledStudents(a).female)).toEqual(Array.from(expected));
  });
});
