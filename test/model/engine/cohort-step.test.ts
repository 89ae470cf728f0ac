/**
 * The "even" timing's one-pass state step (both sexes side by side) gives, to the bit, what the
 * separate steps give one block at a time: net migrants with the outflow taken off, the first half of
 * them on the start population, survival, the second half on the end population, the births.
 */
import { describe, expect, it } from 'vitest';
import { addMigrants, birthsToWomen, evenTimingState, netOfOutflow, surviveBlock, type StepCounter } from '../../../src/model/engine/cohort-step';

const N = 20;

/** Irregular values in [lo, hi) by age. */
function vector(seed: number, lo: number, hi: number): Float64Array {
  return Float64Array.from({ length: N }, (_, x) => lo + (hi - lo) * (0.5 + 0.5 * Math.sin(seed * 12.9898 + x * 78.233)));
}

/** One block the slow way, from a copy of its start population; returns its end population and flows. */
function blockBySteps(start: Float64Array, m: Float64Array, s: Float64Array, outRate: number, intensity: Float64Array, counter: StepCounter) {
  const net = new Float64Array(N);
  const outflow = netOfOutflow(m, outRate, intensity, start, 0, N, net, 0);
  const withFirstHalf = Float64Array.from(start);
  const first = addMigrants(withFirstHalf, 0, net, 0.5, 0, N, counter);
  const end = new Float64Array(N);
  const deaths = surviveBlock(withFirstHalf, 0, s, end, 0, N);
  const second = addMigrants(end, 0, net, 0.5, 1, N, counter);
  return { withFirstHalf, end, deaths, migration: 0 + first + second, outflow };
}

describe('evenTimingState', () => {
  for (const [label, outRate] of [['without an outflow', 0], ['with an outflow', 0.03]] as const) {
    it(`equals the block-by-block steps to the bit, with caps, ${label}`, () => {
      const start = new Float64Array(4 * N); // a dummy state 0, then the state under test (male, female)
      start.set(vector(1, 0, 900), 2 * N);
      start.set(vector(2, 0, 900), 3 * N);
      start[2 * N + 7] = 0; // an empty cell under emigration: capped
      const mMale = vector(3, -400, 300);
      const mFemale = vector(4, -400, 300);
      const sMale = vector(5, 0.9, 1);
      const sFemale = vector(6, 0.92, 1);
      const asfr = vector(7, 0, 0.1);
      const intensity = vector(8, 0, 2);

      const pop = new Float64Array(8 * N);
      pop.set(start);
      const deaths = new Float64Array(4);
      const migration = new Float64Array(4);
      const outflow = new Float64Array(4);
      const counter: StepCounter = { caps: 0, bad: 0 };
      const births = evenTimingState(pop, 2 * N, 6 * N, N, mMale, mFemale, sMale, sFemale, asfr, 2, deaths, migration, counter, outRate, intensity, outflow);

      const slow: StepCounter = { caps: 0, bad: 0 };
      const men = blockBySteps(start.slice(2 * N, 3 * N), mMale, sMale, outRate, intensity, slow);
      const women = blockBySteps(start.slice(3 * N, 4 * N), mFemale, sFemale, outRate, intensity, slow);
      const slowBirths = birthsToWomen(asfr, women.withFirstHalf, 0, women.end, 0, N);

      expect(Array.from(pop.subarray(6 * N + 1, 7 * N))).toEqual(Array.from(men.end.subarray(1)));
      expect(Array.from(pop.subarray(7 * N + 1, 8 * N))).toEqual(Array.from(women.end.subarray(1)));
      expect(births).toBe(slowBirths);
      expect([deaths[2], deaths[3]]).toEqual([men.deaths, women.deaths]);
      expect([migration[2], migration[3]]).toEqual([men.migration, women.migration]);
      expect([outflow[2], outflow[3]]).toEqual([men.outflow, women.outflow]);
      expect(counter.caps).toBe(slow.caps);
      expect(counter.caps).toBeGreaterThan(0);
      expect(counter.bad).toBe(0);
      // The start population is read, not written; state 0's cells are not touched.
      expect(Array.from(pop.subarray(0, 4 * N))).toEqual(Array.from(start));
      expect(pop[6 * N]).toBe(0);
    });
  }

  it('counts rates out of range and non-finite migrants', () => {
    const pop = new Float64Array(4 * N).fill(100);
    const ok = vector(1, 0.9, 1);
    const tooHigh = Float64Array.from(ok);
    tooHigh[5] = 1.5;
    const counter: StepCounter = { caps: 0, bad: 0 };
    const zeros = new Float64Array(N);
    const out = new Float64Array(2);
    evenTimingState(pop, 0, 2 * N, N, zeros, zeros, ok, tooHigh, zeros, 0, out, out, counter, 0, zeros, out);
    expect(counter.bad).toBeGreaterThan(0);
    const nan = Float64Array.from(zeros);
    nan[3] = Number.NaN;
    const counter2: StepCounter = { caps: 0, bad: 0 };
    evenTimingState(pop, 0, 2 * N, N, zeros, nan, ok, ok, zeros, 0, new Float64Array(2), new Float64Array(2), counter2, 0, zeros, new Float64Array(2));
    expect(counter2.bad).toBeGreaterThan(0);
  });
});
