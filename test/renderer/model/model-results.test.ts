/**
 * What the editor computes on a lever move: the run, its indicator rows, the service rows and the
 * pyramid's residents by age — the same numbers as the model's own functions compute for the same
 * values, with the pyramid reading the very sums the service rows were computed from.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LEVERS, DEFAULT_NORMS, indicatorRows, populationByAge, runXiqing, scenarioReport, serviceRows } from '@model';
import { computeResults } from '../../../renderer/src/model/model-results';

const levers = { ...DEFAULT_LEVERS, endYear: 2035, centralCityInflow: 21_000 };
const norms = { ...DEFAULT_NORMS, childcarePlacesPer1000: 5 };

describe('computeResults', () => {
  const results = computeResults(levers, norms);
  const fresh = runXiqing(levers);

  it('indicator and service rows equal a fresh run’s, one per year', () => {
    expect(results.rows).toEqual(indicatorRows(fresh));
    expect(results.services).toEqual(serviceRows(fresh, norms));
    expect(results.services).toHaveLength(results.rows.length);
    expect(results.levers).toBe(levers);
    expect(results.norms).toBe(norms);
  });

  it('the pyramid’s residents by age equal populationByAge of every year, to the bit', () => {
    expect(results.byAge).toHaveLength(results.rows.length);
    results.byAge.forEach((pop, t) => {
      const expected = populationByAge(fresh, t);
      expect(Array.from(pop.male)).toEqual(Array.from(expected.male));
      expect(Array.from(pop.female)).toEqual(Array.from(expected.female));
    });
  });

  it('the tiles’ and charts’ numbers are those of the report the CLI and exports read', () => {
    const report = scenarioReport({ levers, norms });
    const t = results.rows.findIndex((r) => r.year === 2025);
    expect(report.rows[t].residents).toBe(results.rows[t].residents);
    expect(report.rows[t].childcarePlacesByNorm).toBe(results.services[t].childcarePlacesByNorm);
    expect(report.rows[t].meanSchoolingYears16to59).toBe(results.services[t].meanSchoolingYears16to59);
  });
});
