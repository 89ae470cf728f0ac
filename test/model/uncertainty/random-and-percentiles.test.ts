/** The seeded generator and the percentile rule the probabilistic runs rest on. */
import { describe, expect, it } from 'vitest';
import { percentilesOf, percentilesOfRange, quantileOfSorted } from '../../../src/model/uncertainty/percentiles';
import { createRandom } from '../../../src/model/uncertainty/random';

describe('createRandom', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    const a = createRandom(42);
    const b = createRandom(42);
    const c = createRandom(43);
    const xs = Array.from({ length: 50 }, () => a.normal());
    expect(Array.from({ length: 50 }, () => b.normal())).toEqual(xs);
    expect(Array.from({ length: 50 }, () => c.normal())).not.toEqual(xs);
  });

  it('draws uniforms in [0, 1) and normals with mean 0 and variance 1', () => {
    const r = createRandom(7);
    const n = 40_000;
    let sum = 0;
    let sumSq = 0;
    let below = 0;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      const z = r.normal();
      sum += z;
      sumSq += z * z;
      if (z < -1.959964) below++;
    }
    // Standard errors: mean 0.005, variance 0.007, tail share 0.0008.
    expect(Math.abs(sum / n)).toBeLessThan(0.02);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.03);
    expect(Math.abs(below / n - 0.025)).toBeLessThan(0.004);
  });
});

describe('percentiles', () => {
  it('interpolates linearly between order statistics (type 7)', () => {
    const sorted = [1, 2, 3, 4, 5];
    // h = (n − 1)·q: q 0.1 → 0.4 → 1.4; q 0.975 → 3.9 → 4.9.
    expect(quantileOfSorted(sorted, 0.1)).toBeCloseTo(1.4, 12);
    expect(quantileOfSorted(sorted, 0.5)).toBe(3);
    expect(quantileOfSorted(sorted, 0.975)).toBeCloseTo(4.9, 12);
    expect(quantileOfSorted(sorted, 0)).toBe(1);
    expect(quantileOfSorted(sorted, 1)).toBe(5);
  });

  it('gives the value itself for a sample of one value, and sorts unsorted samples', () => {
    const v = 1234567.891;
    expect(Object.values(percentilesOf(new Float64Array([v, v, v, v])))).toEqual([v, v, v, v, v]);
    const p = percentilesOf(new Float64Array([5, 1, 4, 2, 3]));
    expect(p.p50).toBe(3);
    expect(p['p2.5']).toBeCloseTo(1.1, 12);
  });

  it('refuses an empty sample', () => {
    expect(() => quantileOfSorted([], 0.5)).toThrow(/empty/);
    expect(() => percentilesOfRange(new Float64Array(3), 2, 2, new Float64Array(3))).toThrow(/empty/);
  });

  it('selects the same percentiles as the sort, to the bit, on samples of every kind and size', () => {
    const r = createRandom(11);
    const kinds: ((i: number) => number)[] = [
      () => r.normal() * 1e5 + 1e6,
      () => Math.floor(r.uniform() * 3), // many ties
      () => 42, // one value
      (i) => i, // sorted
      (i) => -i * 0.5, // reversed
      () => (r.uniform() < 0.5 ? 0 : -0),
      () => (r.uniform() < 0.02 ? Number.NaN : r.uniform()),
    ];
    for (const size of [1, 2, 3, 5, 16, 17, 40, 999, 1000, 1001]) {
      for (const [k, kind] of kinds.entries()) {
        const sample = Float64Array.from({ length: size }, (_, i) => kind(i));
        // Embedded in a longer array, read from an offset, as the runs' samples are.
        const values = new Float64Array(size + 7).fill(-1e300);
        values.set(sample, 3);
        const work = new Float64Array(size + 2);
        const selected = percentilesOfRange(values, 3, 3 + size, work);
        const sorted = percentilesOf(sample.slice());
        for (const key of Object.keys(sorted) as (keyof typeof sorted)[]) {
          // Equal numbers (a selected −0 may stand where the sort puts 0); NaN as NaN.
          const a = selected[key];
          const b = sorted[key];
          expect(a === b || (Number.isNaN(a) && Number.isNaN(b)), `size ${size}, kind ${k}, ${key}: ${a} vs ${b}`).toBe(true);
        }
      }
    }
  });
});
