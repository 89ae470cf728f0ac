import { describe, expect, it, vi } from 'vitest';
import { cellIndex, project, projectionBufferSize, projectStep, type ProjectionInputs } from '../../../src/model/engine/project';
import type { BySex, MultiStateStepInputs, StateTransfer, StepRates } from '../../../src/model/engine/types';
import { maxBalanceResidualBySex, maxBalanceResidualByState } from '../../helpers/balance';

const OPEN = 10;
const N = OPEN + 1;

const vec = (f: (x: number) => number): Float64Array => Float64Array.from({ length: N }, (_, x) => f(x));
const bySex = (f: (x: number) => number): BySex<Float64Array> => ({ male: vec(f), female: vec(f) });
const zeros = (): BySex<Float64Array> => bySex(() => 0);

function rates(overrides: Partial<StepRates> = {}): StepRates {
  return {
    asfr: vec((x) => (x >= 3 && x <= 7 ? 0.4 : 0)),
    srb: 1.06,
    survival: bySex((x) => 0.99 - 0.01 * x),
    netMigrants: zeros(),
    ...overrides,
  };
}

const basePop = (): BySex<Float64Array> => bySex((x) => 1000 - 50 * x);

function inputs(p: Partial<ProjectionInputs> & { step?: MultiStateStepInputs }): ProjectionInputs {
  const states = p.base?.length ?? 1;
  const step = p.step ?? { rates: Array.from({ length: states }, () => rates()), transfers: [] };
  return { startYear: 2020, steps: 3, openAge: OPEN, migrationTiming: 'end', base: [basePop()], stepInputs: () => step, ...p };
}

const total = (v: Float64Array, from = 0, to = v.length): number => v.subarray(from, to).reduce((a, b) => a + b, 0);

describe('project', () => {
  it('returns the base alone for zero steps and calls stepInputs once per step, in order', () => {
    expect(project(inputs({ steps: 0 })).population).toHaveLength(1);
    const stepInputs = vi.fn(() => ({ rates: [rates()], transfers: [] }));
    project(inputs({ steps: 4, stepInputs }));
    expect(stepInputs.mock.calls.map((c: unknown[]) => c[0])).toEqual([0, 1, 2, 3]);
  });

  it('is deterministic and does not modify its inputs', () => {
    const base = basePop();
    const copy = Float64Array.from(base.female);
    const a = project(inputs({ base: [base] }));
    const b = project(inputs({ base: [base] }));
    expect(a).toEqual(b);
    expect(base.female).toEqual(copy);
  });

  it('ages the open group as S[open]·(P(open−1) + P(open)) and newborns with S[0]', () => {
    const r = projectStep(basePop(), rates({ asfr: vec(() => 0) }), 'end');
    const s = rates().survival.male;
    expect(r.population.male[OPEN]).toBeCloseTo(s[OPEN] * (basePop().male[OPEN - 1] + basePop().male[OPEN]), 9);
    expect(r.population.male[5]).toBeCloseTo(s[5] * basePop().male[4], 9);
    expect(r.births.male + r.births.female).toBe(0);
    expect(r.population.male[0]).toBe(0);
  });

  it('caps net emigration at the cell, counts the caps and records the migrants actually removed', () => {
    for (const timing of ['end', 'even'] as const) {
      const out = rates({ netMigrants: bySex((x) => (x === 4 ? -1e9 : 0)) });
      const r = projectStep(basePop(), out, timing);
      expect(r.population.male[4]).toBe(0);
      expect(r.caps).toBeGreaterThan(0);
      expect(r.netMigration.male).toBeGreaterThan(-1e9);
      expect(r.netMigration.male).toBeLessThan(0);
      for (const v of [...r.population.male, ...r.population.female]) expect(v).toBeGreaterThanOrEqual(0);
      const res = project(inputs({ steps: 1, migrationTiming: timing, step: { rates: [out], transfers: [] } }));
      expect(maxBalanceResidualBySex(res)).toBeLessThan(1e-9);
    }
  });

  it('projects states independently when there are no transfers', () => {
    const other = rates({ srb: 1.1, asfr: vec((x) => (x === 5 ? 1 : 0)), netMigrants: bySex((x) => x) });
    const joint = project(inputs({ base: [basePop(), basePop()], step: { rates: [rates(), other], transfers: [] } }));
    const alone = project(inputs({ step: { rates: [other], transfers: [] } }));
    for (let t = 0; t <= 3; t++) expect(joint.population[t].subarray(2 * N)).toEqual(alone.population[t]);
    expect(joint.births[2].subarray(2)).toEqual(alone.births[2]);
  });

  it('sends newborns to birthState, counted as births of that state', () => {
    const r = project(inputs({ steps: 1, base: [basePop(), zeros()], birthState: [1, 1] }));
    expect(r.population[1][cellIndex(OPEN, 0, 'male', 0)]).toBe(0);
    expect(r.population[1][cellIndex(OPEN, 1, 'female', 0)]).toBeGreaterThan(0);
    expect(r.births[0][0] + r.births[0][1]).toBe(0);
    expect(r.births[0][2] + r.births[0][3]).toBeGreaterThan(0);
    expect(maxBalanceResidualByState(r)).toBeLessThan(1e-9);
  });

  it('applies transfers simultaneously on end-of-step populations and records them', () => {
    const half = (from: number, to: number): StateTransfer => ({ from, to, rate: bySex(() => 0.5) });
    const still = rates({ asfr: vec(() => 0), survival: bySex(() => 1) });
    const run = (transfers: StateTransfer[]) =>
      project(inputs({ steps: 1, base: [basePop(), zeros()], step: { rates: [still, still], transfers } }));
    const ab = run([half(0, 1), half(1, 0)]);
    const ba = run([half(1, 0), half(0, 1)]);
    expect(ab.population[1]).toEqual(ba.population[1]);
    // B was empty before the step, so nothing flows back within it.
    expect(ab.transfers[0][1 * 2 + 0]).toBe(0);
    const before = total(ab.population[0]);
    expect(ab.transfers[0][0 * 2 + 1]).toBeCloseTo(before / 2, 9);
    expect(total(ab.population[1])).toBeCloseTo(before, 9);
    expect(total(ab.population[1], 2 * N)).toBeCloseTo(before / 2, 9);
  });

  it('moves everyone when the shares out of a cell sum to 1, without going negative', () => {
    const still = rates({ asfr: vec(() => 0) });
    const r = project(
      inputs({
        steps: 2,
        base: [basePop(), basePop(), zeros()],
        step: {
          rates: [still, still, still],
          transfers: [
            { from: 0, to: 1, rate: bySex(() => 0.3) },
            { from: 0, to: 2, rate: bySex(() => 0.7) },
          ],
        },
      }),
    );
    for (const v of r.population[2]) expect(v).toBeGreaterThanOrEqual(0);
    expect(total(r.population[2], 0, 2 * N)).toBeLessThan(1e-9);
    expect(maxBalanceResidualByState(r)).toBeLessThan(1e-9);
  });

  it.each<[string, (s: MultiStateStepInputs) => void]>([
    ['survival > 1', (s) => (s.rates[0].survival.male[3] = 1.01)],
    ['negative ASFR', (s) => (s.rates[0].asfr[5] = -0.1)],
    ['NaN migrants', (s) => (s.rates[0].netMigrants.female[2] = NaN)],
    ['infinite migrants', (s) => (s.rates[0].netMigrants.female[2] = -Infinity)],
    ['+∞ migrants', (s) => (s.rates[1].netMigrants.male[OPEN] = Infinity)],
    ['NaN survival', (s) => (s.rates[1].survival.female[0] = NaN)],
    ['negative survival at the open age', (s) => (s.rates[0].survival.male[OPEN] = -0.1)],
    ['ASFR = ∞ at an age that bears no children', (s) => (s.rates[0].asfr[OPEN] = Infinity)],
    ['a transfer share > 1', (s) => (s.transfers as StateTransfer[]).push({ from: 0, to: 1, rate: bySex((x) => (x === 7 ? 1.5 : 0)) })],
    ['SRB ≤ 0', (s) => (s.rates[0].srb = 0)],
    ['short vector', (s) => (s.rates[0].asfr = new Float64Array(3))],
    ['missing state', (s) => (s.rates as StepRates[]).pop()],
    ['a negative outflow rate', (s) => (s.rates[0].outflow = { rate: -0.01, intensity: vec(() => 1) })],
    ['a NaN outflow rate', (s) => (s.rates[1].outflow = { rate: NaN, intensity: vec(() => 1) })],
    ['a negative outflow intensity at age 0 (never used)', (s) => (s.rates[0].outflow = { rate: 0.1, intensity: vec((x) => (x === 0 ? -1 : 1)) })],
    ['an infinite outflow intensity at the open age', (s) => (s.rates[1].outflow = { rate: 0.1, intensity: vec((x) => (x === OPEN ? Infinity : 1)) })],
    ['a short outflow intensity', (s) => (s.rates[0].outflow = { rate: 0.1, intensity: new Float64Array(3) })],
    ['transfer to itself', (s) => (s.transfers as StateTransfer[]).push({ from: 1, to: 1, rate: zeros() })],
    ['transfer to no state', (s) => (s.transfers as StateTransfer[]).push({ from: 0, to: 2, rate: zeros() })],
    [
      'shares summing above 1',
      (s) => (s.transfers as StateTransfer[]).push({ from: 0, to: 1, rate: bySex(() => 0.6) }, { from: 0, to: 1, rate: bySex(() => 0.6) }),
    ],
  ])('rejects %s', (_, spoil) => {
    const step: MultiStateStepInputs = { rates: [rates(), rates()], transfers: [] };
    spoil(step);
    // Both timings: under "even" the range checks ride on a different pass.
    for (const migrationTiming of ['end', 'even'] as const) {
      expect(() => project(inputs({ base: [basePop(), basePop()], step, migrationTiming })), migrationTiming).toThrow(RangeError);
    }
  });

  it('gives the same results in a reused buffer as in a new one, and names the value out of range', () => {
    const step: MultiStateStepInputs = { rates: [rates(), rates()], transfers: [{ from: 1, to: 0, rate: bySex((x) => (x > 2 ? 0.1 : 0)) }] };
    const fresh = project(inputs({ base: [basePop(), basePop()], step, migrationTiming: 'even' }));
    const buffer = new Float64Array(projectionBufferSize(2, OPEN, 3)).fill(7);
    const reused = project(inputs({ base: [basePop(), basePop()], step, migrationTiming: 'even', buffer }));
    expect(reused).toEqual(fresh);
    expect(reused.population[3].buffer).toBe(buffer.buffer);
    const bad: MultiStateStepInputs = { ...step, rates: [rates(), rates({ survival: bySex((x) => (x === 4 ? 1.5 : 0.99)) })] };
    expect(() => project(inputs({ base: [basePop(), basePop()], step: bad, migrationTiming: 'even' }))).toThrow(/step 0, state 1: survival.male\[4\] = 1.5/);
  });

  it('takes a base already written into the buffer\'s first year as it is, and one elsewhere by copying it', () => {
    const step: MultiStateStepInputs = { rates: [rates(), rates()], transfers: [] };
    const fresh = project(inputs({ base: [basePop(), basePop()], step, migrationTiming: 'even' }));
    const buffer = new Float64Array(projectionBufferSize(2, OPEN, 3)).fill(7);
    // The base as views of the buffer's first year (as the Xiqing run's first step writes it).
    const inPlace = [0, 1].map((s) => ({ male: buffer.subarray(2 * s * N, (2 * s + 1) * N), female: buffer.subarray((2 * s + 1) * N, (2 * s + 2) * N) }));
    inPlace.forEach((b) => {
      b.male.set(basePop().male);
      b.female.set(basePop().female);
    });
    expect(project(inputs({ base: inPlace, step, migrationTiming: 'even', buffer }))).toEqual(fresh);
    // Views of the right buffer at the wrong place are copied, not taken as the base.
    const buffer2 = new Float64Array(projectionBufferSize(2, OPEN, 3)).fill(7);
    const shifted = [0, 1].map((s) => ({ male: buffer2.subarray(2 * s * N + 1, (2 * s + 1) * N + 1), female: buffer2.subarray((2 * s + 1) * N + 1, (2 * s + 2) * N + 1) }));
    shifted.forEach((b) => {
      b.male.set(basePop().male);
      b.female.set(basePop().female);
    });
    expect(project(inputs({ base: shifted, step, migrationTiming: 'even', buffer: buffer2 }))).toEqual(fresh);
  });

  it('takes an outflow given as a rate on the start population off the migrants, as if given as counts', () => {
    const intensity = vec((x) => (x < 2 ? 0 : 1 + 0.1 * x));
    const rate = 0.03;
    const arrivals = bySex((x) => 20 - x);
    for (const migrationTiming of ['end', 'even'] as const) {
      const withRate = project(inputs({ base: [basePop()], steps: 1, migrationTiming, step: { rates: [rates({ netMigrants: arrivals, outflow: { rate, intensity } })], transfers: [] } }));
      // The same step with the outflow worked out by hand on the base population (age x from those aged x − 1).
      const p = basePop();
      const net = (m: Float64Array, pop: Float64Array): Float64Array =>
        vec((x) => (x === 0 ? m[0] : x < OPEN ? m[x] - rate * intensity[x] * pop[x - 1] : m[x] - rate * intensity[x] * (pop[OPEN - 1] + pop[OPEN])));
      const counts = { male: net(arrivals.male, p.male), female: net(arrivals.female, p.female) };
      const byHand = project(inputs({ base: [basePop()], steps: 1, migrationTiming, step: { rates: [rates({ netMigrants: counts })], transfers: [] } }));
      withRate.population[1].forEach((v, i) => expect(v, `${migrationTiming} cell ${i}`).toBeCloseTo(byHand.population[1][i], 9));
      expect(withRate.netMigration[0][0]).toBeCloseTo(byHand.netMigration[0][0], 9);
      const leaving = total(arrivals.male) - total(counts.male);
      expect(withRate.outflow![0][0]).toBeCloseTo(leaving, 9);
      expect(leaving).toBeGreaterThan(0);
    }
  });

  it('rejects a malformed setup', () => {
    expect(() => project(inputs({ steps: -1 }))).toThrow(RangeError);
    expect(() => project(inputs({ openAge: 0 }))).toThrow(RangeError);
    expect(() => project(inputs({ base: [bySex((x) => (x === 2 ? -1 : 1))] }))).toThrow(RangeError);
    expect(() => project(inputs({ birthState: [1] }))).toThrow(RangeError);
    expect(() => project(inputs({ migrationTiming: 'middle' as 'end' }))).toThrow(RangeError);
  });
});
