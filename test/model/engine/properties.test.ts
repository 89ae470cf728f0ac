/**
 * Invariants of the engine over random valid inputs (fast-check): never a negative or NaN count,
 * transfers conserve the total, and the balance identity holds per state including transfers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { project, type ProjectionInputs } from '../../../src/model/engine/project';
import type { BySex, MigrationTiming, MultiStateStepInputs, StateTransfer, StepRates } from '../../../src/model/engine/types';
import { maxBalanceResidualByState } from '../../helpers/balance';

interface Shape {
  states: number;
  openAge: number;
  steps: number;
  timing: MigrationTiming;
}

const shape = fc.record({
  states: fc.integer({ min: 1, max: 3 }),
  openAge: fc.integer({ min: 1, max: 30 }),
  steps: fc.integer({ min: 1, max: 4 }),
  timing: fc.constantFrom<MigrationTiming>('end', 'even'),
});

const vector = (n: number, min: number, max: number): fc.Arbitrary<Float64Array> =>
  fc.float64Array({ min, max, noNaN: true, noDefaultInfinity: true, minLength: n, maxLength: n });
const bySex = (n: number, min: number, max: number): fc.Arbitrary<BySex<Float64Array>> =>
  fc.record({ male: vector(n, min, max), female: vector(n, min, max) });

/**
 * Random transfers; shares are divided by the number of transfers leaving the same state, so they
 * sum to at most 1 per cell (a single transfer may move a whole cell: share 1 is in range).
 */
function transfers(states: number, n: number): fc.Arbitrary<StateTransfer[]> {
  if (states < 2) return fc.constant([]);
  const one = fc
    .record({ from: fc.nat(states - 1), to: fc.nat(states - 1), rate: bySex(n, 0, 1) })
    .filter((t) => t.from !== t.to);
  return fc.array(one, { maxLength: 5 }).map((list) =>
    list.map((t) => {
      const k = list.filter((o) => o.from === t.from).length;
      return k === 1 ? t : { ...t, rate: { male: t.rate.male.map((v) => v / k), female: t.rate.female.map((v) => v / k) } };
    }),
  );
}

/** Rates of one state: migrants are either moderate or include net emigration far beyond the cells' populations. */
const stepRates = (n: number): fc.Arbitrary<StepRates> =>
  fc.record({
    asfr: vector(n, 0, 0.5),
    srb: fc.double({ min: 0.8, max: 1.3, noNaN: true }),
    survival: bySex(n, 0, 1),
    netMigrants: fc.oneof(bySex(n, -10, 1e4), bySex(n, -1e6, 1e5)),
  });

function scenario(s: Shape, rates: (n: number) => fc.Arbitrary<StepRates>): fc.Arbitrary<ProjectionInputs> {
  const n = s.openAge + 1;
  const step: fc.Arbitrary<MultiStateStepInputs> = fc.record({
    rates: fc.array(rates(n), { minLength: s.states, maxLength: s.states }),
    transfers: transfers(s.states, n),
  });
  return fc
    .record({
      base: fc.array(bySex(n, 0, 1e5), { minLength: s.states, maxLength: s.states }),
      steps: fc.array(step, { minLength: s.steps, maxLength: s.steps }),
      birthState: fc.array(fc.nat(s.states - 1), { minLength: s.states, maxLength: s.states }),
    })
    .map(({ base, steps, birthState }) => ({
      startYear: 2020,
      steps: s.steps,
      openAge: s.openAge,
      migrationTiming: s.timing,
      base,
      birthState,
      stepInputs: (t: number) => steps[t],
    }));
}

const anyScenario = shape.chain((s) => scenario(s, stepRates));

describe('engine invariants (property-based)', () => {
  it('never produces a negative or NaN population, and all flows are finite', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        const r = project(inputs);
        for (const year of r.population) for (const v of year) if (!(v >= 0 && Number.isFinite(v))) return false;
        for (const series of [r.births, r.deaths, r.netMigration, r.transfers]) {
          for (const year of series) for (const v of year) if (!Number.isFinite(v)) return false;
        }
        for (const year of [...r.births, ...r.deaths, ...r.transfers]) for (const v of year) if (v < 0) return false;
        return Number.isInteger(r.caps) && r.caps >= 0;
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the balance P(t+1) − P(t) − B + D − M − transfers in + transfers out = 0 per state', () => {
    fc.assert(
      fc.property(anyScenario, (inputs) => {
        expect(maxBalanceResidualByState(project(inputs))).toBeLessThan(1e-6);
      }),
      { numRuns: 300 },
    );
  });

  it('conserves the total under transfers when there are no births, deaths or migrants', () => {
    const closed = (n: number): fc.Arbitrary<StepRates> =>
      fc.constant({
        asfr: new Float64Array(n),
        srb: 1.05,
        survival: { male: new Float64Array(n).fill(1), female: new Float64Array(n).fill(1) },
        netMigrants: { male: new Float64Array(n), female: new Float64Array(n) },
      });
    const arb = shape.filter((s) => s.states > 1).chain((s) => scenario(s, closed));
    fc.assert(
      fc.property(arb, (inputs) => {
        const r = project(inputs);
        const first = r.population[0].reduce((a, b) => a + b, 0);
        for (const year of r.population) {
          const totalNow = year.reduce((a, b) => a + b, 0);
          expect(Math.abs(totalNow - first)).toBeLessThanOrEqual(1e-9 * Math.max(first, 1e-300));
        }
        for (const year of r.deaths) for (const v of year) expect(v).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
