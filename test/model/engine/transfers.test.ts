/**
 * Transfers between states: the in-place pass (two transfers in one loop over every age when no source is
 * a destination or shared, shares range-checked on the reads; one read of the shares and of the
 * destination when both move into one state with one vector, as settlement does) gives what one
 * transfer at a time gives, to the bit, whatever the age spans; a source that is also a destination or a
 * shared source takes the general path with its simultaneous semantics.
 */
import { describe, expect, it } from 'vitest';
import { applyTransfers } from '../../../src/model/engine/transfers';
import type { StateTransfer } from '../../../src/model/engine/types';

const N = 12;
const STATES = 3;

/** A population with distinct, irregular values in every cell (layout (state·2 + sex)·N + age). */
function population(seed: number): Float64Array {
  return Float64Array.from({ length: STATES * 2 * N }, (_, i) => 1000 + ((i * 7919 + seed * 104729) % 997) + i / 3);
}

/** Shares by age with zeros outside [lo, hi]. */
function shares(lo: number, hi: number, scale: number): Float64Array {
  return Float64Array.from({ length: N }, (_, x) => (x >= lo && x <= hi ? scale * (0.3 + 0.05 * Math.sin(x + scale)) : 0));
}

/** Each transfer applied by its own call (the one-transfer pass), in list order. */
function oneByOne(pop: Float64Array, transfers: StateTransfer[]): { pop: Float64Array; moved: Float64Array } {
  const p = Float64Array.from(pop);
  const moved = new Float64Array(STATES * STATES);
  for (const tr of transfers) applyTransfers(p, undefined, [tr], STATES, N, moved);
  return { pop: p, moved };
}

function together(pop: Float64Array, transfers: StateTransfer[]): { pop: Float64Array; moved: Float64Array; bad: number } {
  const p = Float64Array.from(pop);
  const moved = new Float64Array(STATES * STATES);
  const bad = applyTransfers(p, undefined, transfers, STATES, N, moved);
  return { pop: p, moved, bad };
}

/** Applies the transfers together and one at a time; the cells and the sums moved must agree to the bit. */
function expectAsOneByOne(pop: Float64Array, transfers: StateTransfer[]): ReturnType<typeof together> {
  const a = together(pop, transfers);
  const b = oneByOne(pop, transfers);
  expect(Array.from(a.pop)).toEqual(Array.from(b.pop));
  expect(Array.from(a.moved)).toEqual(Array.from(b.moved));
  return a;
}

describe('applyTransfers', () => {
  it('moves two transfers into one state (the settlement case) exactly as one at a time', () => {
    const rate = shares(0, N - 1, 0.2);
    const transfers: StateTransfer[] = [
      { from: 1, to: 0, rate: { male: rate, female: rate } },
      { from: 2, to: 0, rate: { male: rate, female: rate } },
    ];
    for (let seed = 0; seed < 5; seed++) {
      const a = expectAsOneByOne(population(seed), transfers);
      expect(a.bad).toBe(0);
      expect(a.moved[1 * STATES + 0]).toBeGreaterThan(0);
    }
  });

  it('counts shares outside [0, 1] when two transfers into one state share one vector (read once per age and sex)', () => {
    const rate = shares(0, N - 1, 0.2);
    rate[3] = -0.1;
    rate[7] = Number.NaN;
    const transfers: StateTransfer[] = [
      { from: 1, to: 0, rate: { male: rate, female: rate } },
      { from: 2, to: 0, rate: { male: rate, female: rate } },
    ];
    expect(together(population(2), transfers).bad).toBe(4);
  });

  it('pairs transfers with different share vectors but the same age spans, to the bit', () => {
    const transfers: StateTransfer[] = [
      { from: 1, to: 0, rate: { male: shares(2, 9, 0.5), female: shares(3, 8, 0.4) } },
      { from: 2, to: 0, rate: { male: shares(2, 9, 0.1), female: shares(3, 8, 0.9) } },
    ];
    const pop = population(3);
    const a = expectAsOneByOne(pop, transfers);
    // Ages outside the spans are untouched.
    expect(a.pop[1 * 2 * N + 0]).toBe(pop[1 * 2 * N + 0]);
    expect(a.pop[1 * 2 * N + 10]).toBe(pop[1 * 2 * N + 10]);
  });

  it('pairs transfers whose non-zero ages differ, with the same result as one at a time', () => {
    const transfers: StateTransfer[] = [
      { from: 1, to: 0, rate: { male: shares(0, 5, 0.3), female: shares(0, 5, 0.3) } },
      { from: 2, to: 0, rate: { male: shares(4, 11, 0.3), female: shares(0, 5, 0.3) } },
    ];
    expectAsOneByOne(population(4), transfers);
  });

  it('acts simultaneously when a source is also a destination (no pairing: A→B and B→A do not feed each other)', () => {
    const rate = shares(0, N - 1, 0.25);
    const transfers: StateTransfer[] = [
      { from: 0, to: 1, rate: { male: rate, female: rate } },
      { from: 1, to: 0, rate: { male: rate, female: rate } },
    ];
    const pop = population(5);
    const a = together(pop, transfers);
    for (let sex = 0; sex < 2; sex++) {
      for (let x = 0; x < N; x++) {
        const p0 = pop[(0 * 2 + sex) * N + x];
        const p1 = pop[(1 * 2 + sex) * N + x];
        // Each flow is a share of the value before any transfer of the step.
        expect(a.pop[(0 * 2 + sex) * N + x]).toBeCloseTo(p0 - rate[x] * p0 + rate[x] * p1, 9);
        expect(a.pop[(1 * 2 + sex) * N + x]).toBeCloseTo(p1 - rate[x] * p1 + rate[x] * p0, 9);
      }
    }
    // One at a time would let the second transfer move persons the first just added: not the same.
    expect(Array.from(a.pop)).not.toEqual(Array.from(oneByOne(pop, transfers).pop));
  });

  it('counts shares outside [0, 1] on either path', () => {
    const bad = shares(0, N - 1, 0.2);
    bad[4] = 1.5;
    bad[5] = Number.NaN;
    const ok = shares(0, N - 1, 0.2);
    const paired: StateTransfer[] = [
      { from: 1, to: 0, rate: { male: ok, female: ok } },
      { from: 2, to: 0, rate: { male: bad, female: ok } },
    ];
    expect(together(population(1), paired).bad).toBe(2);
    const crossed: StateTransfer[] = [
      { from: 0, to: 1, rate: { male: bad, female: bad } },
      { from: 1, to: 0, rate: { male: ok, female: ok } },
    ];
    // The same vector is checked once however often it is used.
    expect(together(population(1), crossed).bad).toBe(2);
  });

  it('moves a transfer alone by share · value at every age, nothing where the share is zero', () => {
    const rate = shares(2, 7, 0.4);
    const transfers: StateTransfer[] = [{ from: 2, to: 1, rate: { male: rate, female: rate } }];
    const pop = population(6);
    const a = together(pop, transfers);
    expect(a.bad).toBe(0);
    let moved = 0;
    for (let sex = 0; sex < 2; sex++) {
      for (let x = 0; x < N; x++) {
        const from = (2 * 2 + sex) * N + x;
        const to = (1 * 2 + sex) * N + x;
        const flow = rate[x] * pop[from];
        expect(a.pop[from]).toBe(pop[from] - flow);
        expect(a.pop[to]).toBe(pop[to] + flow);
        // State 0 is neither source nor destination.
        expect(a.pop[(0 * 2 + sex) * N + x]).toBe(pop[(0 * 2 + sex) * N + x]);
        moved += flow;
      }
    }
    expect(a.moved[2 * STATES + 1]).toBe(moved);
    expect(a.pop[(2 * 2) * N + 0]).toBe(pop[(2 * 2) * N + 0]);
  });

  it('counts shares outside [0, 1] of a transfer alone', () => {
    const bad = shares(0, N - 1, 0.2);
    bad[0] = -0.1;
    bad[N - 1] = Number.POSITIVE_INFINITY;
    const transfers: StateTransfer[] = [{ from: 1, to: 0, rate: { male: shares(0, N - 1, 0.2), female: bad } }];
    expect(together(population(2), transfers).bad).toBe(2);
  });
});
