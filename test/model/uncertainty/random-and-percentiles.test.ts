/** The seeded generator and the percentile rule the probabilistic runs rest on. */
import { describe, expect, it } from 'vitest';
import { percentilesOf, quantileOfSorted } from '../../../src/model/uncertainty/percentiles';
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
  });
});
